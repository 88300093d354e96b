using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/17-finally-waits.js</summary>
internal static class FinallyWaits
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Resolve(loop, "🐶")
            .Finally(() =>
            {
                loop.Log("finally: returns a promise fulfilled at 300 ms");
                return Later.Value(loop, "ignored", 300);
            })
            .Then(value => loop.Log("value kept: " + value));
        Promise.Resolve(loop, "🐶")
            .Finally(() => Later.Failure(loop, "💥", 100))
            .Then(value => loop.Log("not printed: " + value), e => loop.Log("replaced by the rejection: " + e.Message));
        Promise.Reject<string>(loop, new InvalidOperationException("💢"))
            .Finally(() => Later.Value(loop, "ignored", 200))
            .Then(_ => { }, e => loop.Log("reason kept: " + e.Message));
        Promise.Resolve(loop, "🐷")
            .Finally(() => Promise.Resolve(loop, "ignored"))
            .Then(value => loop.Log("after a fulfilled promise: " + value));
        Promise.Resolve(loop, "🐷")
            .Finally(() => { })
            .Then(value => loop.Log("after nothing: " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("t1"))
            .Then(_ => loop.Log("t2"))
            .Then(_ => loop.Log("t3"))
            .Then(_ => loop.Log("t4"))
            .Then(_ => loop.Log("t5"));
        loop.Log("main: end");
    }
}

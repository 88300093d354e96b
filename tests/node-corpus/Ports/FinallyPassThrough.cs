using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/09-finally-pass-through.js</summary>
internal static class FinallyPassThrough
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Resolve(loop, "🐶")
            .Finally(() => loop.Log("finally 1"))
            .Then(value => loop.Log("value passed through: " + value));

        // JavaScript's .catch(f) is .then(undefined, f): here, a Then whose first callback does nothing.
        Promise.Reject<string>(loop, new InvalidOperationException("💥"))
            .Finally(() => loop.Log("finally 2"))
            .Then(_ => { }, e => loop.Log("reason passed through: " + e.Message));
        Promise.Resolve(loop, "🐶")
            .Finally(() => throw new InvalidOperationException("🔥"))
            .Then(_ => { }, e => loop.Log("replaced by: " + e.Message));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("t1"))
            .Then(_ => loop.Log("t2"))
            .Then(_ => loop.Log("t3"))
            .Then(_ => loop.Log("t4"))
            .Then(_ => loop.Log("t5"));
        loop.Log("main: end");
    }
}

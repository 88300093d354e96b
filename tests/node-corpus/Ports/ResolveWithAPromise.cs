using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/16-resolve-with-a-promise.js</summary>
internal static class ResolveWithAPromise
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var pending = Later.Value(loop, "🐷", 300);
        new Promise<string>(loop, resolver => resolver.Resolve(pending))
            .Then(value => loop.Log("waited for a pending promise: " + value));
        new Promise<string>(loop, resolver => resolver.Resolve(Promise.Reject<string>(loop, new InvalidOperationException("💥"))))
            .Then(_ => { }, e => loop.Log("adopted a rejection: " + e.Message));
        new Promise<string>(loop, resolver =>
        {
            resolver.Resolve(pending);
            resolver.Reject(new InvalidOperationException("too late"));
            resolver.Resolve("too late");
        }).Then(value => loop.Log("locked in: " + value));
        new Promise<string>(loop, resolver => loop.SetTimeout(() => resolver.Resolve(Later.Value(loop, "🐶", 100)), 100))
            .Then(value => loop.Log("resolved from a timer: " + value));
        loop.Log("main: end");
    }
}

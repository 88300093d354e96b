using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/15-promise-resolve-identity.js</summary>
internal static class PromiseResolveIdentity
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var p = Promise.Resolve(loop, "🐶");
        var same = Promise.Resolve(loop, p);
        loop.Log("Promise.resolve(p) === p: " + Js(ReferenceEquals(same, p)));

        // JavaScript's resolve(p) in an executor: the resolver's Resolve overload for promises.
        var adopted = new Promise<string>(loop, resolver => resolver.Resolve(p));
        loop.Log("new Promise(resolve => resolve(p)) === p: " + Js(ReferenceEquals(adopted, p)));
        var thenable = new Thenable(loop);
        var wrapped = Promise.Resolve(loop, thenable);
        loop.Log("Promise.resolve(thenable) === thenable: " + Js(ReferenceEquals(wrapped, thenable)));

        adopted.Then(value => loop.Log("adopted: " + value));
        wrapped.Then(value => loop.Log("wrapped: " + value));
        same.Then(value => loop.Log("same: " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("t1"))
            .Then(_ => loop.Log("t2"))
            .Then(_ => loop.Log("t3"))
            .Then(_ => loop.Log("t4"));
        loop.Log("main: end");
    }

    private static string Js(bool value) => value ? "true" : "false";

    /// <summary>The program's <c>{ then(onFulfilled) { … } }</c>: a thenable that is not a promise.</summary>
    private sealed class Thenable(EventLoop loop) : IThenable<string>
    {
        public void Then(Action<string> onFulfilled, Action<Exception> onRejected)
        {
            loop.Log("thenable: then called");
            onFulfilled("🐷");
        }
    }
}

using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/45-return-await.js, on the kata-12 reference builder</summary>
internal static class ReturnAwait
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var fulfilled = Promise.Resolve(loop, "p");
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("turn 1"))
            .Then(_ => loop.Log("turn 2"))
            .Then(_ => loop.Log("turn 3"))
            .Then(_ => loop.Log("turn 4"));
        ReturnValue().Then(value => loop.Log("return v: " + value));
        ReturnAwaitValue().Then(value => loop.Log("return await v: " + value));
        ReturnAwaitPromise().Then(value => loop.Log("return await p: " + value));
        loop.Log("main: end");

        // async function returnValue() { return "v"; } — an async method without await is warning CS1998 in C#; what it
        // amounts to is a promise fulfilled inside the call (the builder's SetResult inside Start), which this is.
        Promise<string> ReturnValue() => Promise.Resolve(loop, "v");

        // `await "v"` is `await Promise.resolve("v")`.
        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> ReturnAwaitValue() => await Promise.Resolve(loop, "v");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> ReturnAwaitPromise() => await fulfilled;
    }
}

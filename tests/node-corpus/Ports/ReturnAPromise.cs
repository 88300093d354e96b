using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/46-return-a-promise.js, on the kata-12 reference builder: the one thing C# cannot say</summary>
internal static class ReturnAPromise
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
        ReturnPromise().Then(value => loop.Log("return p: " + value));
        ReturnAwaitPromise().Then(value => loop.Log("return await p: " + value));
        loop.Log("main: end");

        // async function returnPromise() { return fulfilled; } — an async Promise<string> method must return a string
        // (CS0029 otherwise), so C# must await: its promise is fulfilled two turns before Node's, which adopts.
        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> ReturnPromise() => await fulfilled;

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> ReturnAwaitPromise() => await fulfilled;
    }
}

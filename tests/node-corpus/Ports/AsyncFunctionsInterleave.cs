using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/43-async-functions-interleave.js, on the kata-12 reference builder</summary>
internal static class AsyncFunctionsInterleave
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        A().Then(value => loop.Log("a's promise: " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("then 1"))
            .Then(_ => loop.Log("then 2"))
            .Then(_ => loop.Log("then 3"))
            .Then(_ => loop.Log("then 4"));
        B().Then(value => loop.Log("b's promise: " + value));
        loop.Log("main: end");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> A()
        {
            loop.Log("a0");
            await Promise.Resolve<object?>(loop, null);
            loop.Log("a1");
            await Promise.Resolve<object?>(loop, null);
            loop.Log("a2");
            return "a";
        }

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> B()
        {
            loop.Log("b0");
            await Promise.Resolve<object?>(loop, null);
            loop.Log("b1");
            await Promise.Resolve<object?>(loop, null);
            loop.Log("b2");
            return "b";
        }
    }
}

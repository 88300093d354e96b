using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/44-async-awaits-async.js, on the kata-12 reference builder</summary>
internal static class AsyncAwaitsAsync
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Outer().Then(value => loop.Log("outer's promise: " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("turn 1"))
            .Then(_ => loop.Log("turn 2"))
            .Then(_ => loop.Log("turn 3"))
            .Then(_ => loop.Log("turn 4"))
            .Then(_ => loop.Log("turn 5"));
        loop.Log("main: end");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> Inner()
        {
            loop.Log("inner: start");
            var value = await Promise.Resolve(loop, "🐶");
            loop.Log("inner: returns " + value);
            return value;
        }

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> Outer()
        {
            loop.Log("outer: start");
            var value = await Inner();
            loop.Log("outer: got " + value);
            return value + "!";
        }
    }
}

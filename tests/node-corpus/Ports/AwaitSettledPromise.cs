using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/41-await-settled-promise.js, on the kata-12 reference builder</summary>
internal static class AwaitSettledPromise
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Resolve(loop, 1).Then(_ => loop.Log("then 1")).Then(_ => loop.Log("then 2")).Then(_ => loop.Log("then 3"));
        _ = C(); // c(); — nobody waits for its promise
        loop.Log("main: end");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<object?> C()
        {
            loop.Log("c: before await");
            var dog = await Promise.Resolve(loop, "🐶");
            loop.Log($"c: after await, {dog}");
            return null;
        }
    }
}

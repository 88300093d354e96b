using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/40-await-plain-value.js, on the kata-12 reference builder</summary>
internal static class AwaitPlainValue
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Resolve<object?>(loop, null).Then(_ => loop.Log("then 1")).Then(_ => loop.Log("then 2")).Then(_ => loop.Log("then 3"));
        _ = C(); // c(); — nobody waits for its promise
        loop.Log("main: end");

        // C# awaits only awaitables: `await 42` is written as what JavaScript does with it, await Promise.resolve(42).
        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<object?> C()
        {
            loop.Log("c: before await");
            var value = await Promise.Resolve(loop, 42);
            loop.Log($"c: after await, {value}");
            return null;
        }
    }
}

using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/42-await-pending-promise.js, on the kata-12 reference builder</summary>
internal static class AwaitPendingPromise
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Action<string> resolve = null!;
        var promise = new Promise<string>(loop, (fulfil, _) => resolve = fulfil);
        promise.Then(value => loop.Log("then registered before the await: " + value));
        _ = C(); // c(); — nobody waits for its promise
        promise.Then(value => loop.Log("then registered after the await: " + value));
        loop.SetTimeout(
            () =>
            {
                resolve("🐶");
                loop.Log("timer: resolve returned");
            },
            100);
        loop.Log("main: end");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<object?> C()
        {
            loop.Log("c: before await");
            var value = await promise;
            loop.Log("c: after await, " + value);
            return null;
        }
    }
}

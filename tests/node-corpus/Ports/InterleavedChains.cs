using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/07-interleaved-chains.js</summary>
internal static class InterleavedChains
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("a1"))
            .Then(_ => loop.Log("a2"))
            .Then(_ => loop.Log("a3"));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("b1"))
            .Then(_ => loop.Log("b2"))
            .Then(_ => loop.Log("b3"));

        // async function c() { log("c0"); await null; log("c1"); await null; log("c2"); }
        // `await null` waits for an already fulfilled promise: one microtask turn, the rest of c as its reaction.
        Promise<object?> C() => new(loop, (PromiseResolver<object?> c) =>
        {
            loop.Log("c0: runs at once, inside the call");
            Await.On(Promise.Resolve<object?>(loop, null), _ =>
            {
                loop.Log("c1");
                Await.On(Promise.Resolve<object?>(loop, null), _ =>
                {
                    loop.Log("c2");
                    c.Resolve((object?)null);
                }, c.Reject);
            }, c.Reject);
        });

        C();
        loop.Log("main: end");
    }
}

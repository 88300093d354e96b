using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/08-adoption.js</summary>
internal static class Adoption
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Resolve<object?>(loop, null)
            .Then(_ =>
            {
                loop.Log("a1: returns a fulfilled promise");
                return Promise.Resolve(loop, "x");
            })
            .Then(value => loop.Log("a2: got " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("b1"))
            .Then(_ => loop.Log("b2"))
            .Then(_ => loop.Log("b3"))
            .Then(_ => loop.Log("b4"));

        var later = Later.Value(loop, "🐷", 300);
        Promise.Resolve<object?>(loop, null)
            .Then(_ => later)
            .Then(value => loop.Log("adopted a pending promise: " + value));
        loop.Log("main: end");
    }
}

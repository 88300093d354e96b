using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/06-equal-timers.js</summary>
internal static class EqualTimers
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        loop.SetTimeout(() => loop.Log("A: 100 ms, scheduled first"), 100);
        loop.SetTimeout(() => loop.Log("B: 100 ms, scheduled second"), 100);
        loop.SetTimeout(
            () =>
            {
                loop.Log("C: 50 ms");
                loop.SetTimeout(() => loop.Log("D: due at 100 ms too, scheduled last, at 50 ms"), 50);
            },
            50);
        loop.SetTimeout(() => loop.Log("E: 100 ms, scheduled third"), 100);
        loop.Log("main: end");
    }
}

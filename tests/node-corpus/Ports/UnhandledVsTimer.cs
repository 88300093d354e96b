using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/14-unhandled-vs-timer.js</summary>
internal static class UnhandledVsTimer
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var failing = Later.Failure(loop, "💥", 100);
        loop.SetTimeout(() => loop.Log("second timer at 100 ms"), 100);
        loop.SetTimeout(() => failing.Then(_ => { }, e => loop.Log("third timer's catch: " + e.Message)), 100);
        loop.Log("main: end");
    }
}

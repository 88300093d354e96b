using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/05-microtask-vs-timer.js</summary>
internal static class MicrotaskVsTimer
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        loop.SetTimeout(() => loop.Log("timer: 0 ms"), 0);
        loop.SetTimeout(() => loop.Log("timer: 10 ms"), 10);
        Promise.Resolve<object?>(loop, null).Then(_ => loop.Log("microtask: a promise reaction"));
        loop.QueueMicrotask(() => loop.Log("microtask: queueMicrotask"));
        loop.SetTimeout(
            () =>
            {
                loop.Log("timer: 5 ms");
                loop.SetTimeout(() => loop.Log("timer: 0 ms after the 5 ms timer"), 0);
                Promise.Resolve<object?>(loop, null).Then(_ => loop.Log("microtask: queued by the 5 ms timer"));
            },
            5);
        loop.Log("main: end");
    }
}

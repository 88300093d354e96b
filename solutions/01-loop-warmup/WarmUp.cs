using ContinuationKatas.Runtime;

namespace Katas.LoopWarmup;

/// <summary>Kata 01: meet the event loop. Schedule timers and a microtask, and read the transcript.</summary>
public static class WarmUp
{
    /// <summary>The program. The loop calls it once, at t=0.</summary>
    public static void Main(EventLoop loop)
    {
        loop.Log("main: start");

        // Scheduling order is not firing order: the loop sorts timers by due time.
        loop.SetTimeout(() => loop.Log("timer: 1000 ms"), 1000);
        loop.SetTimeout(() => loop.Log("timer: 500 ms"), 500);

        // Same due time as the first timer: ties fire in the order they were scheduled.
        loop.SetTimeout(() => loop.Log("timer: also 1000 ms, scheduled later"), 1000);

        // A microtask runs as soon as the current callback (main) returns, before any timer.
        loop.QueueMicrotask(() => loop.Log("microtask: after main, before any timer"));

        // A cleared timer never fires.
        var forgotten = loop.SetTimeout(() => loop.Log("timer: cleared, never fires"), 700);
        loop.ClearTimeout(forgotten);

        loop.SetTimeout(
            () =>
            {
                loop.Log("timer: 1500 ms");

                // A 0 ms timer still waits for its turn: after this callback and its microtasks.
                loop.SetTimeout(() => loop.Log("timer: 0 ms after 1500 ms"), 0);
                loop.QueueMicrotask(() => loop.Log("microtask: before that 0 ms timer"));
            },
            1500);

        // main runs to the end before anything it scheduled: nothing above has run yet.
        loop.Log("main: end");
    }
}

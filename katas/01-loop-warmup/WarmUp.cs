using ContinuationKatas.Runtime;

namespace Katas.LoopWarmup;

/// <summary>Kata 01: meet the event loop. Schedule timers and a microtask, and read the transcript.</summary>
public static class WarmUp
{
    /// <summary>The program. The loop calls it once, at t=0.</summary>
    public static void Main(EventLoop loop)
    {
        loop.Log("main: start");

        // TODO: step 1 — log "main: end" as the last line of Main, then delete the throw below.
        // TODO: step 2 — schedule "timer: 1000 ms" and "timer: 500 ms" with loop.SetTimeout.
        // TODO: step 3 — schedule "timer: also 1000 ms, scheduled later".
        // TODO: step 4 — queue "microtask: after main, before any timer" with loop.QueueMicrotask.
        // TODO: step 5 — schedule "timer: cleared, never fires" at 700 ms and clear it with loop.ClearTimeout.
        // TODO: step 6 — at 1500 ms log "timer: 1500 ms", then schedule a 0 ms timer and a microtask from there.
        throw new NotSolvedYetException("Kata 01 (loop warm-up), step 1: make Main log \"main: end\" as its last line and delete this throw.");
    }
}

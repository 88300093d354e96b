using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;

namespace Katas.CallCC;

/// <summary>
/// Cooperative tasks on one thread, switched with continuations: a task that yields or sleeps hands over the rest of
/// itself (its continuation) and jumps to the next ready task's. First in, first out: tasks run in the order they
/// became ready.
/// </summary>
public sealed class Scheduler
{
    private readonly Trampoline cps;
    private readonly Continuation<Unit> exit;
    private readonly Queue<Continuation<Unit>> ready = new();

    // TODO: step 4 — a count of the tasks asleep, if Next needs one.

    /// <summary>A scheduler for the program run by <paramref name="cps"/>; it calls <paramref name="exit"/> when no task is left.</summary>
    public Scheduler(Trampoline cps, Continuation<Unit> exit)
    {
        this.cps = cps ?? throw new ArgumentNullException(nameof(cps));
        this.exit = exit ?? throw new ArgumentNullException(nameof(exit));
    }

    /// <summary>Adds a task at the back of the queue. Given its end continuation, the task returns its first step. Given.</summary>
    public void Spawn(Func<Continuation<Unit>, Step> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        ready.Enqueue(_ => task(_ => Next()));
    }

    /// <summary>Hands over to the next ready task; <paramref name="rest"/>, the rest of this one, waits at the back of the queue.</summary>
    public Step Yield(Continuation<Unit> rest)
    {
        // TODO: step 4 — queue rest, then jump to the next ready task.
        throw new NotSolvedYetException($"Kata 17 (call/cc), step 4: in Scheduler.Yield, put {nameof(rest)} at the back of the queue and go on with Next().");
    }

    /// <summary>
    /// Lets the others run for <paramref name="ms"/> ms of loop time: <paramref name="rest"/> is kept by a loop timer,
    /// and becomes ready when it fires.
    /// </summary>
    public Step Sleep(long ms, Continuation<Unit> rest)
    {
        // TODO: step 4 — a timer (cps.Loop.SetTimeout) that makes rest ready and resumes the program (cps.Resume); meanwhile, Next().
        throw new NotSolvedYetException($"Kata 17 (call/cc), step 4: in Scheduler.Sleep, keep {nameof(rest)} in a loop timer of {nameof(ms)} ms and hand over with Next().");
    }

    /// <summary>
    /// Jumps to the first ready task. With none ready the program waits for the loop while a task sleeps, and ends
    /// when none is left.
    /// </summary>
    public Step Next()
    {
        // TODO: step 4 — the first ready task's continuation; else Step.Wait while a task sleeps; else exit.
        throw new NotSolvedYetException($"Kata 17 (call/cc), step 4: in Scheduler.Next, jump to the first ready task, or wait ({nameof(Step)}.{nameof(Step.Wait)}) while one sleeps, or exit.");
    }
}

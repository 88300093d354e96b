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
    private int sleeping;

    /// <summary>A scheduler for the program run by <paramref name="cps"/>; it calls <paramref name="exit"/> when no task is left.</summary>
    public Scheduler(Trampoline cps, Continuation<Unit> exit)
    {
        this.cps = cps ?? throw new ArgumentNullException(nameof(cps));
        this.exit = exit ?? throw new ArgumentNullException(nameof(exit));
    }

    /// <summary>Adds a task at the back of the queue. Given its end continuation, the task returns its first step.</summary>
    public void Spawn(Func<Continuation<Unit>, Step> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        ready.Enqueue(_ => task(_ => Next()));
    }

    /// <summary>Hands over to the next ready task; <paramref name="rest"/>, the rest of this one, waits at the back of the queue.</summary>
    public Step Yield(Continuation<Unit> rest)
    {
        ready.Enqueue(rest);
        return Next();
    }

    /// <summary>
    /// Lets the others run for <paramref name="ms"/> ms of loop time: <paramref name="rest"/> is kept by a loop timer,
    /// and becomes ready when it fires.
    /// </summary>
    public Step Sleep(long ms, Continuation<Unit> rest)
    {
        sleeping++;
        cps.Loop.SetTimeout(
            () =>
            {
                sleeping--;
                ready.Enqueue(rest);

                // The program was waiting for the loop (every task asleep): it goes on from this callback.
                cps.Resume(Step.Jump(_ => Next(), default(Unit)));
            },
            ms);
        return Next();
    }

    /// <summary>
    /// Jumps to the first ready task. With none ready the program waits for the loop while a task sleeps, and ends
    /// when none is left.
    /// </summary>
    public Step Next()
    {
        if (ready.TryDequeue(out var task))
        {
            return task(default);
        }

        return sleeping > 0 ? Step.Wait : exit(default);
    }
}

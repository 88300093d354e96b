using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// Runs a kata's program on a virtual-time loop and turns every way it can go wrong into a test failure
/// that says what happened: not solved yet, stalled, escaped, threw, or blocked its thread.
/// </summary>
public static class KataRun
{
    /// <summary>The text every failure of an untouched stub starts with; `kata check` looks for it.</summary>
    public const string NotSolvedMarker = "Not solved yet";

    /// <summary>
    /// How long a run may take in real time before it is reported as blocked. Virtual time makes kata
    /// programs finish in milliseconds; this only catches endless loops and blocking waits.
    /// </summary>
    public static TimeSpan Watchdog { get; } = TimeSpan.FromSeconds(5);

    // A run whose thread is stuck stays stuck: later runs in this test process fail at once instead of
    // waiting out the watchdog again, test after test.
    private static (Thread Thread, string? StuckIn)? stuck;

    /// <summary>Runs <paramref name="main"/> and returns its transcript, or fails the test with an explanation.</summary>
    public static Transcript Run(Action<EventLoop> main, LoopOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        return Run(loop => { main(loop); return null; }, options);
    }

    /// <summary>Runs <paramref name="main"/> and returns its transcript, or fails the test with an explanation.</summary>
    public static Transcript Run(Func<EventLoop, Task?> main, LoopOptions? options = null)
    {
        var outcome = TryRun(main, options);
        if (Explain(outcome) is { } failure)
        {
            Assert.Fail(failure);
        }

        return outcome.Transcript!;
    }

    /// <summary>
    /// Runs <paramref name="main"/> on a thread of its own and waits at most <paramref name="watchdog"/>
    /// (default <see cref="Watchdog"/>) of real time for it. Never throws for the program's sake.
    /// </summary>
    public static KataOutcome TryRun(Func<EventLoop, Task?> main, LoopOptions? options = null, TimeSpan? watchdog = null)
    {
        if (stuck is { } earlier && earlier.Thread.IsAlive)
        {
            return new KataOutcome(null, null, Blocked: true, earlier.StuckIn, EarlierRun: true);
        }

        Transcript? transcript = null;
        Exception? error = null;
        EventLoop? loop = null;
        var thread = new Thread(() =>
        {
            try
            {
                transcript = EventLoop.Run(running => { loop = running; return main(running); }, options);
            }
            catch (Exception caught)
            {
                error = caught;
            }
        })
        { IsBackground = true, Name = "kata event loop" };
        thread.Start();
        if (thread.Join(watchdog ?? Watchdog))
        {
            return new KataOutcome(transcript, error, Blocked: false);
        }

        var stuckIn = Volatile.Read(ref loop)?.CurrentCallback;
        stuck = (thread, stuckIn);
        return new KataOutcome(null, null, Blocked: true, stuckIn);
    }

    /// <summary>Forgets a stuck run, so the next run starts afresh (for the kit's own tests of the watchdog).</summary>
    internal static void ForgetStuckRun() => stuck = null;

    /// <summary>The message a test fails with for <paramref name="outcome"/>, or <see langword="null"/> if the run went well.</summary>
    public static string? Explain(KataOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Blocked)
        {
            var where = outcome.StuckIn is null ? "main" : outcome.StuckIn;
            var lead = outcome.EarlierRun
                ? $"Not run: an earlier run of this program is still stuck, in {where}."
                : $"The program did not finish within {Watchdog.TotalSeconds:0} s of real time; it is stuck in {where}.";
            return lead + " Kata programs run on virtual time and finish in milliseconds, so something blocks the loop's " +
                "thread there: an endless loop, Thread.Sleep, or .Result / .Wait() on something that needs the loop to finish.";
        }

        if (FindNotSolved(outcome.Error) is { } notSolved)
        {
            return NotSolvedMessage(notSolved);
        }

        return outcome.Error switch
        {
            null => null,
            EventLoopException loopError => loopError.Message,
            var other => $"The run failed before it started: {other.GetType().Name}: {other.Message}",
        };
    }

    /// <summary>The exception's chain holds a <see cref="NotSolvedYetException"/>: the stub is still in place.</summary>
    public static NotSolvedYetException? FindNotSolved(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is NotSolvedYetException notSolved)
            {
                return notSolved;
            }

            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                return aggregate.InnerExceptions.Select(FindNotSolved).FirstOrDefault(found => found is not null);
            }
        }

        return null;
    }

    /// <summary>The message a test fails with while the kata's stub is in place.</summary>
    public static string NotSolvedMessage(NotSolvedYetException notSolved)
    {
        ArgumentNullException.ThrowIfNull(notSolved);
        return $"{NotSolvedMarker}: {notSolved.Message}\nStart with {Kata.Readme}; `./kata hint {Kata.Id[..2]}` gives a hint.";
    }
}

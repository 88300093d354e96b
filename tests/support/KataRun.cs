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

            // Said in full once, by the run that got stuck; every later run is refused in one line.
            return outcome.EarlierRun
                ? $"Not run: an earlier run of this program is still stuck, in {where} (the first test that failed with " +
                    "\"did not finish\" says why)."
                : $"The program did not finish within {Watchdog.TotalSeconds:0} s of real time; it is stuck in {where}. " +
                    "Kata programs run on virtual time and finish in milliseconds, so something blocks the loop's thread there: " +
                    "an endless loop, Thread.Sleep, or .Result / .Wait() on something that needs the loop to finish.";
        }

        if (FindNotSolved(outcome.Error) is { } notSolved)
        {
            return NotSolvedMessage(notSolved);
        }

        return outcome.Error switch
        {
            null => null,
            EventLoopException { Failure: EventLoopFailure.Uncaught, InnerException: { } error } loopError => ExplainUncaught(loopError, error),
            EventLoopException loopError => loopError.Message,
            var other => $"The run failed before it started: {other.GetType().Name}: {other.Message}",
        };
    }

    // The loop names the first source file on the stack. When that is a test's callback that threw on purpose, the
    // place to look is the kata's code that called it: name that instead, with the kata's advice when it has some.
    private static string ExplainUncaught(EventLoopException failure, Exception error) =>
        Kata.IsKnown ? ExplainUncaught(failure, error, Kata.RepoRoot, $"{Kata.Set}/{Kata.Id}", Kata.Advice) : failure.Message;

    /// <summary>The message for an uncaught exception, read against the kata in <paramref name="kataDirectory"/>.</summary>
    internal static string ExplainUncaught(EventLoopException failure, Exception error, string repoRoot, string kataDirectory, IUncaughtAdvice? advice)
    {
        var message = failure.Message;
        var split = message.IndexOf("\nTranscript until then:", StringComparison.Ordinal);
        var head = split < 0 ? message : message[..split];
        var tail = split < 0 ? string.Empty : message[split..];
        var thrownAt = head.LastIndexOf(" (thrown at ", StringComparison.Ordinal);
        var what = thrownAt < 0 ? head : head[..thrownAt];
        if (error.GetType().Namespace?.StartsWith("NUnit.", StringComparison.Ordinal) == true)
        {
            return what + tail; // a test's assertion failed inside a callback: its own message says what went wrong
        }

        if (UncaughtThrow.Read(error, repoRoot, kataDirectory, "tests") is { } thrown)
        {
            var said = advice?.Advise(thrown);
            return $"{what.TrimEnd('.')}. {thrown.Where}{(said is null ? string.Empty : " " + said)}{tail}";
        }

        // Not through the kata's code: a test's own callback failed. Its file is no place for the learner to look.
        return UncaughtThrow.ThrownUnder(error, repoRoot, "tests") ? $"{what} (thrown by the test's own code){tail}" : message;
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

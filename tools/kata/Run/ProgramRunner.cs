using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool;

/// <summary>How a run of a kata's program ended: its transcript, what went wrong, or that it was stopped.</summary>
internal sealed record RunOutcome(Transcript? Transcript, Exception? Error, bool Stopped)
{
    /// <summary>The stub's "not solved yet", wherever it is in the error's chain.</summary>
    public NotSolvedYetException? NotSolved => Find(Error);

    /// <summary>What was logged, even when the run failed.</summary>
    public Transcript? Logged => Transcript ?? (Error as EventLoopException)?.Transcript;

    /// <summary>A learner-friendly account of the error, without a stack trace.</summary>
    public string Explain(KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        if (NotSolved is { } notSolved)
        {
            return $"Not solved yet: {notSolved.Message}\nStart with {kata.Readme}; ./kata hint {kata.Code} gives a hint.";
        }

        return Error switch
        {
            null => string.Empty,
            EventLoopException loop => loop.Message.Split("\nTranscript until then:", 2)[0],
            _ => $"{Error.GetType().Name}: {Error.Message}",
        };
    }

    private static NotSolvedYetException? Find(Exception? error) => error switch
    {
        null => null,
        NotSolvedYetException notSolved => notSolved,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
        _ => Find(error.InnerException),
    };
}

/// <summary>
/// Runs a program on its own thread, so the caller can stop waiting on Ctrl+C or after a time limit
/// (a program that blocks its thread never returns; the thread is a background one and dies with the tool).
/// </summary>
internal static class ProgramRunner
{
    /// <summary>How long a virtual-time run may take in real time before it counts as blocked.</summary>
    public static TimeSpan Watchdog { get; } = TimeSpan.FromSeconds(20);

    public static RunOutcome Run(Func<EventLoop, Task?> main, LoopOptions options, CancellationToken stop, TimeSpan? limit = null)
    {
        if (stop.IsCancellationRequested)
        {
            return new RunOutcome(null, null, Stopped: true);
        }

        Transcript? transcript = null;
        Exception? error = null;
        var done = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            try
            {
                transcript = EventLoop.Run(main, options);
            }
            catch (Exception caught)
            {
                error = caught;
            }
            finally
            {
                done.Set();
            }
        })
        { IsBackground = true, Name = "kata event loop" };
        thread.Start();
        var which = WaitHandle.WaitAny([done.WaitHandle, stop.WaitHandle], limit ?? Timeout.InfiniteTimeSpan);
        if (which == 0)
        {
            thread.Join();
            return new RunOutcome(transcript, error, Stopped: false);
        }

        if (which == WaitHandle.WaitTimeout)
        {
            return new RunOutcome(null, new TimeoutException(
                $"The program did not finish within {limit!.Value.TotalSeconds:0} s of real time, although it runs on virtual time. " +
                "Something blocks the loop's thread: an endless loop, Thread.Sleep, or .Result / .Wait() on something that needs the loop."), Stopped: false);
        }

        return new RunOutcome(null, null, Stopped: true);
    }
}

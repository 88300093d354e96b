using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Cancellation.Tests;

/// <summary>The mistakes of cancellation and timeouts, named from what the program printed and what its timers did.</summary>
internal static class CancelMistakes
{
    /// <summary>The rung's mistake: a timeout on the wait (WaitAsync), and nothing that stops the work.</summary>
    public const string WorkWentOn = "You stopped waiting but the work went on";

    /// <summary>The deadline fired, but the work never heard of it.</summary>
    public const string TokenNotPassedDown = "The token was not passed down";

    /// <summary>No deadline fired on the loop's clock.</summary>
    public const string NoDeadlineOnTheLoop = "No deadline on the loop's clock";

    /// <summary>The cancellation went past c() to main.</summary>
    public const string CancellationEscaped = "The cancellation escaped unhandled";

    /// <summary>c()'s finally ran more or less than once.</summary>
    public const string FinallyNotOnce = "\"c: finally\" must be logged exactly once";

    /// <summary>c() caught a failure that is not a cancellation.</summary>
    public const string CaughtTooBroadly = "c() catches too broadly";

    /// <summary>For the deadline program: what a transcript other than "dog-pig-deadline" says about the program.</summary>
    public static Diagnosis[] ForDeadline() =>
    [
        new(t => t.Count("🐶🐷!") > 0 && DeadlineFired(t),
            $"{TokenNotPassedDown}: the deadline cancelled its token at 3000 ms (its timer fired then), but the pig still arrived at " +
            "5000 ms and \"🐶🐷!\" was printed. Cancellation is cooperative: Task.Delay stops only if it is handed the token (step 2)."),
        new(t => t.Count("🐶🐷!") > 0 && !DeadlineFired(t),
            $"{NoDeadlineOnTheLoop}: no timer of the loop fired at 3000 ms, and the pig arrived at 5000 ms. Make the source on the " +
            "loop's clock, new CancellationTokenSource(TimeSpan.FromMilliseconds(3000), loop.TimeProvider) (or CancelAfter on a source " +
            "made with loop.TimeProvider): without it the source counts real time on a thread-pool timer the loop never sees (step 1)."),
        Diagnosis.CountOf("c: finally", 1, FinallyTwice),
    ];

    /// <summary>For the timeout program.</summary>
    public static Diagnosis[] ForTimeout() =>
    [
        new(t => t.Lines.Any(line => line.TimeMs > DogPigTimeout.TimeoutMs),
            $"{WorkWentOn}: lines came after main stopped waiting at {DogPigTimeout.TimeoutMs} ms (see the times below). WaitAsync " +
            "stops the waiting, not the work: cancel the work's token as well (step 5)."),
        Diagnosis.CountOf("c: finally", 1, FinallyTwice),
    ];

    /// <summary>
    /// <see cref="WorkWentOn"/>, with the times, when timers scheduled before <paramref name="stoppedAtMs"/> fired after
    /// it or outlived main; otherwise <see langword="null"/>.
    /// </summary>
    public static string? WentOn(CancelRun run, long stoppedAtMs) =>
        Outlived(run, stoppedAtMs) is { } what
            ? $"{WorkWentOn}: main stopped waiting at {stoppedAtMs} ms, {what}. WaitAsync(timeout, loop.TimeProvider) only stops " +
              "*waiting* for the Task; the work behind it (the pig's Task.Delay) knows nothing of the timeout. Cancel the work's " +
              $"token when the TimeoutException comes, work.Cancel(), so that its timer is cleared and the run ends at {stoppedAtMs} ms (step 5). " +
              "Cancel() it is, not CancelAsync(): that runs the token's callbacks on the thread pool, and the loop does not wait for them."
            : null;

    /// <summary>For the deadline program: what outlived the deadline, and why, or <see langword="null"/>.</summary>
    public static string? PastTheDeadline(CancelRun run) =>
        Outlived(run, DogPig.DeadlineMs) is { } what
            ? $"The work outlived the deadline: it passed at {DogPig.DeadlineMs} ms, {what}. A token stops only the operations " +
              "it is handed: pass it down to Task.Delay (step 2), which clears its timer when the token is cancelled, and make the " +
              "source on loop.TimeProvider (step 1)."
            : null;

    // What ran on past `stopMs`: the timers started before it that fired after it (or were still pending when main
    // finished), and the last line logged after it. Null when nothing did.
    private static string? Outlived(CancelRun run, long stopMs)
    {
        var outlived = run.OutlivedTheStop(stopMs);
        if (outlived.Count == 0 && run.PendingWhenMainEnded == 0)
        {
            return null;
        }

        var timers = string.Join("; ", outlived.Select(timer =>
            $"timer #{timer.Id.Value}, started at {timer.ScheduledAtMs} ms and due at {timer.DueAtMs} ms, " +
            (timer.FiredAtMs is { } fired ? $"fired at {fired} ms" : "never fired")));
        var after = run.Transcript.Lines.Where(line => line.TimeMs > stopMs).ToList();
        return $"yet when main finished at {run.MainEndedAtMs} ms the loop had {run.PendingWhenMainEnded} timer(s) pending, and " +
               $"{outlived.Count} timer(s) started earlier ran on past it ({timers})" +
               (after.Count == 0 ? string.Empty : $"; the program went on logging until {after[^1].TimeMs} ms (\"{after[^1].Text}\")");
    }

    /// <summary>The message for an <see cref="OperationCanceledException"/> that reached main.</summary>
    public static string Escaped(OperationCanceledException cancelled, long atMs, Transcript transcript) =>
        $"{CancellationEscaped}: a {cancelled.GetType().Name} went through c() and main at {atMs} ms, and nothing caught it; the " +
        "loop would fail the run as cancelled. c() must catch the cancellation it expects, catch (OperationCanceledException) (what " +
        "Task.Delay throws, TaskCanceledException, is one), log \"c: cancelled\" and return what arrived with ⏰ (step 3).\n" +
        $"Transcript until then:\n{transcript.ToString().TrimEnd('\n')}";

    private const string FinallyTwice =
        FinallyNotOnce + ": write it once, in the finally block. A finally runs once, when control leaves the try for good (a " +
        "return, the end of a catch, an exception); it does not run at an await, where the method only suspends. A line " +
        "written in the catch as well as in the finally shows twice (step 3).";

    // Did a loop timer fire at the deadline? Both the deadline's source and WaitAsync schedule theirs at 0 ms for 3000 ms.
    private static bool DeadlineFired(Transcript transcript) =>
        transcript.Timers.Any(timer => timer.DueAtMs == DogPig.DeadlineMs && timer.FiredAtMs == DogPig.DeadlineMs);
}

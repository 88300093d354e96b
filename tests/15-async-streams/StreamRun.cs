using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.AsyncStreams.Tests;

/// <summary><see cref="KataRun.Run(Func{EventLoop, Task?}, LoopOptions?)"/>, with a stream's own failures named first.</summary>
internal static class StreamRun
{
    /// <summary>Runs <paramref name="main"/> and returns its transcript, or fails the test with the mistake named.</summary>
    public static Transcript Run(Func<EventLoop, Task?> main)
    {
        var outcome = KataRun.TryRun(main);
        if (outcome.Error is EventLoopException { Failure: EventLoopFailure.Stalled } stalled && KataRun.FindNotSolved(stalled) is null)
        {
            Assert.Fail($"{StreamMistakes.RealClock}: the program waits for something the loop does not know about. " +
                        "Task.Delay(delay, token) waits on the real clock; Task.Delay(delay, loop.TimeProvider, token) is a loop timer " +
                        $"(step 1).\n{stalled.Message}");
        }

        if (outcome.Error is EventLoopException { Failure: EventLoopFailure.ProgramFailed } failed && failed.Message.Contains("was cancelled", StringComparison.Ordinal))
        {
            Assert.Fail($"{failed.Message}\nThe cancellation left the await foreach as an OperationCanceledException: catch it around the " +
                        "loop and log \"main: cancelled\" there (step 4).");
        }

        if (KataRun.Explain(outcome) is { } failure)
        {
            Assert.Fail(failure);
        }

        return outcome.Transcript!;
    }

    /// <summary>The timers still pending when the run ended: neither fired nor cleared.</summary>
    public static IReadOnlyList<TimerRecord> LeftBehind(Transcript transcript, long atMs) =>
        [.. transcript.Timers.Where(timer => !timer.Cleared && (timer.FiredAtMs is null || timer.FiredAtMs > atMs))];

    /// <summary>Whether <paramref name="first"/> is logged before <paramref name="second"/> (both logged).</summary>
    public static bool Before(Transcript transcript, string first, string second)
    {
        var texts = transcript.Lines.Select(line => line.Text).ToList();
        var a = texts.IndexOf(first);
        var b = texts.IndexOf(second);
        return a >= 0 && b >= 0 && a < b;
    }
}

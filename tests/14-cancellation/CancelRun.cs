using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Cancellation.Tests;

/// <summary>One run of a program, with what the loop looked like when main finished.</summary>
/// <param name="Transcript">What the program logged, and every timer.</param>
/// <param name="MainEndedAtMs">The loop's time when main's Task completed.</param>
/// <param name="PendingWhenMainEnded">The loop's pending timers at that moment (<see cref="EventLoop.PendingTimers"/>).</param>
internal sealed record CancelRun(Transcript Transcript, long MainEndedAtMs, int PendingWhenMainEnded)
{
    /// <summary>Runs <paramref name="main"/>, or fails the test with what went wrong, a cancellation that escaped named first.</summary>
    public static CancelRun Of(Func<EventLoop, Task> main)
    {
        var endedAt = -1L;
        var pending = -1;
        OperationCanceledException? escaped = null;
        var outcome = KataRun.TryRun(async loop =>
        {
            try
            {
                await main(loop);
            }
            catch (OperationCanceledException cancelled)
            {
                escaped = cancelled;
            }

            endedAt = loop.Now;
            pending = loop.PendingTimers;
        });
        if (KataRun.Explain(outcome) is { } failure)
        {
            Assert.Fail(failure);
        }

        var transcript = outcome.Transcript!;
        if (escaped is not null)
        {
            Assert.Fail(CancelMistakes.Escaped(escaped, endedAt, transcript));
        }

        return new CancelRun(transcript, endedAt, pending);
    }

    /// <summary>The timers scheduled before <paramref name="stoppedAtMs"/> that fired after it, or were still pending when main ended.</summary>
    public IReadOnlyList<TimerRecord> OutlivedTheStop(long stoppedAtMs) =>
        [.. Transcript.Timers.Where(timer => timer.ScheduledAtMs < stoppedAtMs && !timer.Cleared && (timer.FiredAtMs is null || timer.FiredAtMs > stoppedAtMs))];
}

namespace ContinuationKatas.Runtime.Tests;

/// <summary>
/// What cancellation and timeouts do to the loop's timers (kata 14 relies on it): a cancelled Task.Delay and a
/// disposed token source clear their timers; WaitAsync's timeout leaves the awaited work's timer running.
/// </summary>
public sealed class CancellationTimerTests
{
    [Test]
    public void TaskDelay_CancelledByADeadlineOnTheLoop_ClearsItsTimerAtTheDeadline()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5000), loop.TimeProvider, deadline.Token);
            }
            catch (TaskCanceledException)
            {
                loop.Log("cancelled");
            }
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(3000, "cancelled") }));
        Assert.That(transcript.Timers, Is.EqualTo(new[]
        {
            new TimerRecord(new TimerId(1), 0, 3000, 3000, false), // the deadline's timer fired
            new TimerRecord(new TimerId(2), 0, 5000, null, true),  // the delay's timer was cleared, never fired
        }));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(3000));
    }

    [Test]
    public void CancellationTokenSource_DisposedBeforeItsDelay_ClearsItsTimer()
    {
        var pending = -1;
        var transcript = EventLoop.Run(loop =>
        {
            using (new CancellationTokenSource(TimeSpan.FromMilliseconds(3000), loop.TimeProvider))
            {
            }

            pending = loop.PendingTimers;
        });

        Assert.That(pending, Is.Zero);
        Assert.That(transcript.Timers, Is.EqualTo(new[] { new TimerRecord(new TimerId(1), 0, 3000, null, true) }));
        Assert.That(transcript.EndedAtMs, Is.Zero);
    }

    [Test]
    public void WaitAsync_TimesOut_TheAwaitedDelaysTimerStillFires()
    {
        var pendingAtTimeout = -1;
        var transcript = EventLoop.Run(async loop =>
        {
            var work = Task.Delay(TimeSpan.FromMilliseconds(5000), loop.TimeProvider);
            try
            {
                await work.WaitAsync(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
            }
            catch (TimeoutException)
            {
                loop.Log("stopped waiting");
                pendingAtTimeout = loop.PendingTimers;
            }
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(3000, "stopped waiting") }));
        Assert.That(pendingAtTimeout, Is.EqualTo(1), "The work's timer is still pending when the wait stops.");
        Assert.That(transcript.Timers[0], Is.EqualTo(new TimerRecord(new TimerId(1), 0, 5000, 5000, false)));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(5000), "The run waits for the work's timer.");
    }
}

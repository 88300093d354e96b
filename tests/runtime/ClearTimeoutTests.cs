namespace ContinuationKatas.Runtime.Tests;

public sealed class ClearTimeoutTests
{
    [Test]
    public void ClearTimeout_BeforeTheTimerIsDue_TimerNeverFires()
    {
        var transcript = EventLoop.Run(loop =>
        {
            var doomed = loop.SetTimeout(() => loop.Log("cleared, never fires"), 1000);
            loop.SetTimeout(() => loop.Log("kept"), 2000);
            loop.ClearTimeout(doomed);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(2000, "kept") }));
    }

    [Test]
    public void ClearTimeout_FromAnEarlierTimer_CancelsALaterOne()
    {
        var transcript = EventLoop.Run(loop =>
        {
            TimerId later = default;
            loop.SetTimeout(() => loop.ClearTimeout(later), 1000);
            later = loop.SetTimeout(() => loop.Log("later"), 2000);
        });

        Assert.That(transcript.Lines, Is.Empty);
    }

    [Test]
    public void ClearTimeout_TheOnlyTimer_RunEndsWithoutWaitingForIt()
    {
        var transcript = EventLoop.Run(loop =>
        {
            var id = loop.SetTimeout(() => loop.Log("never"), 60_000);
            loop.SetTimeout(() => loop.ClearTimeout(id), 10);
        });

        Assert.That(transcript.EndedAtMs, Is.EqualTo(10));
        Assert.That(transcript.Lines, Is.Empty);
    }

    [Test]
    public void ClearTimeout_AnEqualDueTimer_LeavesTheOthersInOrder()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("a"), 500);
            var b = loop.SetTimeout(() => loop.Log("b"), 500);
            loop.SetTimeout(() => loop.Log("c"), 500);
            loop.ClearTimeout(b);
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public void ClearTimeout_AFiredOrClearedTimer_DoesNothing()
    {
        var transcript = EventLoop.Run(loop =>
        {
            var fired = loop.SetTimeout(() => loop.Log("fired"), 100);
            var cleared = loop.SetTimeout(() => loop.Log("cleared"), 100);
            loop.ClearTimeout(cleared);
            loop.SetTimeout(() =>
            {
                loop.ClearTimeout(fired);
                loop.ClearTimeout(cleared);
                loop.ClearTimeout(new TimerId(999));
                loop.Log("still running");
            }, 200);
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "fired", "still running" }));
        Assert.That(transcript.Timers[0].Cleared, Is.False, "A timer that fired is not cleared afterwards.");
    }

    [Test]
    public void ClearTimeout_ItsOwnIdInsideItsCallback_DoesNotMarkItCleared()
    {
        var transcript = EventLoop.Run(loop =>
        {
            TimerId self = default;
            self = loop.SetTimeout(() => loop.ClearTimeout(self), 100);
        });

        Assert.That(transcript.Timers.Single(), Is.EqualTo(new TimerRecord(new TimerId(1), 0, 100, 100, false)));
    }
}

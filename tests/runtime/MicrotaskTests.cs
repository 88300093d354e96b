namespace ContinuationKatas.Runtime.Tests;

public sealed class MicrotaskTests
{
    [Test]
    public void QueueMicrotask_FromMain_RunsBeforeAZeroDelayTimer()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("timer"), 0);
            loop.QueueMicrotask(() => loop.Log("microtask"));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "microtask", "timer" }));
    }

    [Test]
    public void QueueMicrotask_FromMain_RunsAfterMainReturns()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.QueueMicrotask(() => loop.Log("microtask"));
            loop.Log("main: end");
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: end", "microtask" }));
    }

    [Test]
    public void QueueMicrotask_QueuedDuringTheDrain_RunsInTheSameDrainBeforeAnyTimer()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("timer"), 0);
            loop.QueueMicrotask(() =>
            {
                loop.Log("microtask 1");
                loop.QueueMicrotask(() =>
                {
                    loop.Log("microtask 2");
                    loop.QueueMicrotask(() => loop.Log("microtask 3"));
                });
            });
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "microtask 1", "microtask 2", "microtask 3", "timer" }));
    }

    [Test]
    public void QueueMicrotask_FromATimerCallback_DrainsBeforeTheNextTimerDueAtTheSameTime()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() =>
            {
                loop.Log("timer 1");
                loop.QueueMicrotask(() => loop.Log("microtask from timer 1"));
            }, 1000);
            loop.SetTimeout(() => loop.Log("timer 2"), 1000);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[]
        {
            new TranscriptLine(1000, "timer 1"),
            new TranscriptLine(1000, "microtask from timer 1"),
            new TranscriptLine(1000, "timer 2"),
        }));
    }

    [Test]
    public void QueueMicrotask_SeveralFromOneCallback_RunInQueueOrder()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.QueueMicrotask(() =>
            {
                loop.Log("first");
                loop.QueueMicrotask(() => loop.Log("queued by first"));
            });
            loop.QueueMicrotask(() => loop.Log("second"));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "first", "second", "queued by first" }));
    }

    [Test]
    public void QueueMicrotask_ScheduledTimerFromMicrotask_StillWaitsForTheWholeDrain()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.QueueMicrotask(() =>
            {
                loop.SetTimeout(() => loop.Log("timer"), 0);
                loop.QueueMicrotask(() => loop.Log("microtask after the timer was scheduled"));
            });
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "microtask after the timer was scheduled", "timer" }));
    }
}

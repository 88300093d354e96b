namespace ContinuationKatas.Runtime.Tests;

public sealed class AfterMicrotasksTests
{
    [Test]
    public void AfterMicrotasks_FromMain_RunsAfterEveryMicrotaskAndBeforeAZeroDelayTimer()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("timer"), 0);
            loop.AfterMicrotasks(() => loop.Log("after microtasks"));
            loop.QueueMicrotask(() =>
            {
                loop.Log("microtask");
                loop.QueueMicrotask(() => loop.Log("microtask queued while draining"));
            });
        });

        Assert.That(transcript.Lines.Select(line => line.Text),
            Is.EqualTo(new[] { "microtask", "microtask queued while draining", "after microtasks", "timer" }));
    }

    [Test]
    public void AfterMicrotasks_QueuingAMicrotask_DrainsItBeforeTheNextAfterMicrotasksCallback()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.AfterMicrotasks(() =>
            {
                loop.Log("first check");
                loop.QueueMicrotask(() => loop.Log("its microtask"));
            });
            loop.AfterMicrotasks(() => loop.Log("second check"));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "first check", "its microtask", "second check" }));
    }

    [Test]
    public void AfterMicrotasks_FromATimer_RunsBeforeAnotherTimerDueAtTheSameTime()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.AfterMicrotasks(() => loop.Log("check after the first timer")), 100);
            loop.SetTimeout(() => loop.Log("second timer"), 100);
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)),
            Is.EqualTo(new[] { (100L, "check after the first timer"), (100L, "second timer") }));
    }
}

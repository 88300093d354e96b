namespace ContinuationKatas.Runtime.Tests;

public sealed class CurrentTests
{
    [Test]
    public void Current_DuringARun_IsTheRunningLoopInMainTimersAndMicrotasks()
    {
        var seen = new List<bool>();
        EventLoop.Run(loop =>
        {
            seen.Add(EventLoop.Current == loop);
            loop.QueueMicrotask(() => seen.Add(EventLoop.Current == loop));
            loop.SetTimeout(() => seen.Add(EventLoop.Current == loop), 100);
        });

        Assert.That(seen, Is.EqualTo(new[] { true, true, true }));
    }

    [Test]
    public void Current_OutsideARunAndAfterIt_IsNull()
    {
        Assert.That(EventLoop.Current, Is.Null);
        EventLoop.Run(_ => { });
        Assert.That(EventLoop.Current, Is.Null);
    }

    [Test]
    public void Current_OnAnotherThreadDuringARun_IsNull()
    {
        EventLoop? elsewhere = null;
        EventLoop.Run(_ =>
        {
            var thread = new Thread(() => elsewhere = EventLoop.Current);
            thread.Start();
            thread.Join();
        });

        Assert.That(elsewhere, Is.Null);
    }
}

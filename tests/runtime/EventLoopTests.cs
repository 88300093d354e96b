namespace ContinuationKatas.Runtime.Tests;

public sealed class EventLoopTests
{
    [Test]
    public void Run_ActionMain_ReturnsWhatMainLogged()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            loop.Log("main: end");
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[]
        {
            new TranscriptLine(0, "main: start"),
            new TranscriptLine(0, "main: end"),
        }));
    }

    [Test]
    public void Run_MainSchedulesTimers_MainFinishesBeforeAnyCallback()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => loop.Log("timer"), 0);
            loop.QueueMicrotask(() => loop.Log("microtask"));
            loop.Log("main: end");
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: start", "main: end", "microtask", "timer" }));
    }

    [Test]
    public void Run_CallbacksAndContinuations_AllRunOnTheCallingThread()
    {
        var caller = Environment.CurrentManagedThreadId;
        var seen = new List<int>();

        EventLoop.Run(async loop =>
        {
            seen.Add(Environment.CurrentManagedThreadId);
            loop.SetTimeout(() => seen.Add(Environment.CurrentManagedThreadId), 10);
            loop.QueueMicrotask(() => seen.Add(Environment.CurrentManagedThreadId));
            await Task.Delay(TimeSpan.FromMilliseconds(20), loop.TimeProvider);
            seen.Add(Environment.CurrentManagedThreadId);
        });

        Assert.That(seen, Has.Count.EqualTo(4).And.All.EqualTo(caller));
    }

    [Test]
    public void Run_AsyncMainReturnsNull_EndsWhenTimersAreDone()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("late"), 700);
            return null;
        });

        Assert.That(transcript.TimeOf("late"), Is.EqualTo(700));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(700));
    }

    [Test]
    public void Run_AsyncMain_EndsWhenItsTaskCompletes()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            loop.Log("before");
            await Task.Delay(TimeSpan.FromMilliseconds(1500), loop.TimeProvider);
            loop.Log("after");
        });

        Assert.That(transcript.ToString(), Is.EqualTo("     0 ms  before\n  1500 ms  after\n"));
    }

    [Test]
    public void Run_NullMain_ThrowsArgumentNullException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => EventLoop.Run((Action<EventLoop>)null!), Throws.ArgumentNullException);
            Assert.That(() => EventLoop.Run((Func<EventLoop, Task?>)null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void Log_Null_ThrowsArgumentNullException()
    {
        Exception? caught = null;

        EventLoop.Run(loop =>
        {
            try
            {
                loop.Log(null!);
            }
            catch (ArgumentNullException error)
            {
                caught = error;
            }
        });

        Assert.That(caught, Is.InstanceOf<ArgumentNullException>());
    }

    [Test]
    public void Log_AfterTheRunEnded_ThrowsInvalidOperationException()
    {
        EventLoop? kept = null;
        EventLoop.Run(loop => { kept = loop; });

        Assert.That(() => kept!.Log("too late"),
            Throws.InvalidOperationException.With.Message.Contains("after the run had ended"));
    }

    [Test]
    public void Now_DuringACallback_IsTheTimeItWasDue()
    {
        long? seen = null;

        EventLoop.Run(loop => { loop.SetTimeout(() => seen = loop.Now, 1234); });

        Assert.That(seen, Is.EqualTo(1234));
    }

    [Test]
    public void PendingTimers_AfterSchedulingAndClearing_CountsOnlyLiveTimers()
    {
        var counts = new List<int>();

        EventLoop.Run(loop =>
        {
            counts.Add(loop.PendingTimers);
            loop.SetTimeout(() => counts.Add(loop.PendingTimers), 100);
            loop.SetTimeout(() => counts.Add(loop.PendingTimers), 200);
            var third = loop.SetTimeout(() => { }, 300);
            counts.Add(loop.PendingTimers);
            loop.ClearTimeout(third);
            counts.Add(loop.PendingTimers);
        });

        Assert.That(counts, Is.EqualTo(new[] { 0, 3, 2, 1, 0 }));
    }

    [Test]
    public void OnLine_DuringTheRun_SeesEveryLineAsItIsLogged()
    {
        var live = new List<TranscriptLine>();
        var options = new LoopOptions { OnLine = live.Add };

        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("one");
            loop.SetTimeout(() => loop.Log("two"), 50);
        }, options);

        Assert.That(live, Is.EqualTo(transcript.Lines));
        Assert.That(live, Has.Count.EqualTo(2));
    }
}

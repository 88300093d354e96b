namespace ContinuationKatas.Runtime.Tests;

public sealed class TimerRecordTests
{
    [Test]
    public void Timers_AfterARun_RecordEveryTimerInSchedulingOrder()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.SetTimeout(() => { }, 1000), 500);
            var cleared = loop.SetTimeout(() => { }, 3000);
            loop.SetTimeout(() => loop.ClearTimeout(cleared), 2000);
            loop.SetTimeout(() => { }, -7);
        });

        Assert.That(transcript.Timers, Is.EqualTo(new[]
        {
            new TimerRecord(new TimerId(1), 0, 500, 500, false),
            new TimerRecord(new TimerId(2), 0, 3000, null, true),
            new TimerRecord(new TimerId(3), 0, 2000, 2000, false),
            new TimerRecord(new TimerId(4), 0, 0, 0, false),
            new TimerRecord(new TimerId(5), 500, 1500, 1500, false),
        }));
    }

    [Test]
    public void Timers_WhenTheRunFails_IncludeTimersThatNeverFired()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => throw new InvalidOperationException("boom"), 100);
            loop.SetTimeout(() => { }, 900);
        }));

        Assert.That(error!.Transcript.Timers, Is.EqualTo(new[]
        {
            new TimerRecord(new TimerId(1), 0, 100, 100, false),
            new TimerRecord(new TimerId(2), 0, 900, null, false),
        }));
    }

    [Test]
    public void Timers_OfTaskDelay_AreRecordedLikeSetTimeoutTimers()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), loop.TimeProvider);
            await Task.Delay(TimeSpan.FromMilliseconds(100), loop.TimeProvider);
        });

        Assert.That(transcript.Timers, Is.EqualTo(new[]
        {
            new TimerRecord(new TimerId(1), 0, 250, 250, false),
            new TimerRecord(new TimerId(2), 250, 350, 350, false),
        }), "Task.Delay(delay, loop.TimeProvider) schedules a loop timer.");
    }
}

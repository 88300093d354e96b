namespace ContinuationKatas.Runtime.Tests;

public sealed class TimerOrderTests
{
    [Test]
    public void SetTimeout_EqualDueTimes_FireInSchedulingOrder()
    {
        var transcript = EventLoop.Run(loop =>
        {
            foreach (var name in new[] { "a", "b", "c", "d", "e" })
            {
                loop.SetTimeout(() => loop.Log(name), 1000);
            }
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
        Assert.That(transcript.Lines.Select(line => line.TimeMs), Is.All.EqualTo(1000));
    }

    [Test]
    public void SetTimeout_EqualDueTimesScheduledAtDifferentTimes_FireInSchedulingOrder()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("scheduled at 0, due 1000"), 1000);
            loop.SetTimeout(() => loop.SetTimeout(() => loop.Log("scheduled at 400, due 1000"), 600), 400);
            loop.SetTimeout(() => loop.Log("scheduled at 0, due 1000, later"), 1000);
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[]
        {
            "scheduled at 0, due 1000",
            "scheduled at 0, due 1000, later",
            "scheduled at 400, due 1000",
        }));
    }

    [Test]
    public void SetTimeout_ShorterDelayScheduledLater_FiresFirst()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("pig"), 5000);
            loop.SetTimeout(() => loop.Log("dog"), 2000);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(2000, "dog"), new TranscriptLine(5000, "pig") }));
    }

    [Test]
    public void SetTimeout_ZeroDelay_RunsAfterTheCurrentCallbackNotSynchronously()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("timer"), 0);
            loop.Log("main after SetTimeout");
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main after SetTimeout", "timer" }));
    }

    [Test]
    public void SetTimeout_NegativeDelay_CountsAsZero()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("zero"), 0);
            loop.SetTimeout(() => loop.Log("negative"), -500);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(0, "zero"), new TranscriptLine(0, "negative") }));
        Assert.That(transcript.Timers[1].DueAtMs, Is.Zero);
    }

    [Test]
    public void SetTimeout_FromATimerCallback_CountsFromThatCallbacksTime()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.SetTimeout(() => loop.Log("nested"), 300), 2000);
        });

        Assert.That(transcript.TimeOf("nested"), Is.EqualTo(2300));
    }

    [Test]
    public void SetTimeout_ReturnedIds_IncreaseInSchedulingOrder()
    {
        var ids = new List<TimerId>();

        EventLoop.Run(loop =>
        {
            ids.Add(loop.SetTimeout(() => { }, 30));
            ids.Add(loop.SetTimeout(() => { }, 10));
            ids.Add(loop.SetTimeout(() => { }, 20));
        });

        Assert.That(ids.Select(id => id.Value), Is.EqualTo(new long[] { 1, 2, 3 }));
    }
}

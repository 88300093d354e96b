namespace ContinuationKatas.Runtime.Tests;

public sealed class RunawayTests
{
    [Test]
    public void SetTimeout_TimerReschedulingItselfForever_FailsAsRunaway()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            void Tick() => loop.SetTimeout(Tick, 100);
            Tick();
        }, new LoopOptions { MaxCallbacks = 50 }));

        // main is callback 1; the timers at 100, 200, … 5000 ms are callbacks 2 to 51.
        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Runaway));
        Assert.That(error.Message, Does.StartWith("Ran away: more than 50 callbacks by t=5000 ms"));
    }

    [Test]
    public void QueueMicrotask_RequeuingItselfForever_FailsAsRunawayWithoutTimePassing()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            void Spin() => loop.QueueMicrotask(Spin);
            Spin();
        }, new LoopOptions { MaxCallbacks = 20 }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Runaway));
        Assert.That(error.Message, Does.StartWith("Ran away: more than 20 callbacks by t=0 ms"));
    }

    [Test]
    public void Run_ExactlyMaxCallbacks_Succeeds()
    {
        static void Main(EventLoop loop)
        {
            loop.SetTimeout(() => { }, 1);
            loop.QueueMicrotask(() => { });
        }

        Assert.That(() => EventLoop.Run(Main, new LoopOptions { MaxCallbacks = 3 }), Throws.Nothing);
        Assert.That(() => EventLoop.Run(Main, new LoopOptions { MaxCallbacks = 2 }),
            Throws.TypeOf<EventLoopException>().With.Property(nameof(EventLoopException.Failure)).EqualTo(EventLoopFailure.Runaway));
    }

    [Test]
    public void SetTimeout_PastMaxTimeMs_FailsAsRunaway()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => { }, 10_000);
            loop.SetTimeout(() => { }, 10_001);
        }, new LoopOptions { MaxTimeMs = 10_000 }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Runaway));
        Assert.That(error.Message, Does.StartWith("Ran away: a timer was scheduled for t=10001 ms, past the limit of 10000 ms."));
    }

    [Test]
    public void SetTimeout_DueExactlyAtMaxTimeMs_Fires()
    {
        var transcript = EventLoop.Run(loop => loop.SetTimeout(() => loop.Log("last moment"), 10_000), new LoopOptions { MaxTimeMs = 10_000 });

        Assert.That(transcript.TimeOf("last moment"), Is.EqualTo(10_000));
    }
}

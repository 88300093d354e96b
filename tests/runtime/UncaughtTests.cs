namespace ContinuationKatas.Runtime.Tests;

public sealed class UncaughtTests
{
    [Test]
    public void SetTimeout_CallbackThrows_FailsAsUncaughtWithTheTimeAndTheMessage()
    {
        var boom = new InvalidOperationException("💥 went wrong");

        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("dog"), 200);
            loop.SetTimeout(() => throw boom, 500);
            loop.SetTimeout(() => loop.Log("never"), 900);
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Uncaught));
        Assert.That(error.Message, Does.StartWith(
            "Uncaught exception at t=500 ms in a timer callback (timer #2, scheduled at t=0 ms): InvalidOperationException: 💥 went wrong"));
        Assert.That(error.InnerException, Is.SameAs(boom));
        Assert.That(error.Transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(200, "dog") }), "The run stops at the exception.");
        Assert.That(error.Transcript.EndedAtMs, Is.EqualTo(500));
    }

    [Test]
    public void QueueMicrotask_CallbackThrows_FailsAsUncaughtInAMicrotask()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.QueueMicrotask(() => throw new FormatException("bad")), 1500);
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Uncaught));
        Assert.That(error.Message, Does.StartWith("Uncaught exception at t=1500 ms in a microtask: FormatException: bad"));
    }

    [Test]
    public void Run_ActionMainThrows_FailsAsUncaughtInMain()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            throw new ArgumentException("no pig");
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Uncaught));
        Assert.That(error.Message, Does.StartWith("Uncaught exception at t=0 ms in main: ArgumentException: no pig"));
        Assert.That(error.Message, Does.Contain("Transcript until then:\n     0 ms  main: start"));
    }

    [Test]
    public void Post_FromAnotherThreadThrows_FailsAsUncaughtInPostedWork()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            var context = loop.SynchronizationContext;
            _ = Task.Run(() => context.Post(_ => throw new InvalidOperationException("posted boom"), null));
            return new TaskCompletionSource().Task;
        }, new LoopOptions { ForeignWorkGrace = TimeSpan.FromSeconds(30) }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Uncaught));
        Assert.That(error.Message, Does.StartWith("Uncaught exception at t=0 ms in posted work: InvalidOperationException: posted boom"));
    }
}

namespace ContinuationKatas.Runtime.Tests;

public sealed class ProgramFailedTests
{
    [Test]
    public void Run_AsyncMainThrowsAfterAnAwait_FailsAsProgramFailed()
    {
        var boom = new InvalidOperationException("💥");

        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), loop.TimeProvider);
            loop.Log("about to fail");
            throw boom;
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.ProgramFailed));
        Assert.That(error.Message, Does.StartWith("The program's Task failed: InvalidOperationException: 💥"));
        Assert.That(error.InnerException, Is.SameAs(boom));
        Assert.That(error.Transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(500, "about to fail") }));
    }

    [Test]
    public void Run_MainReturnsAFaultedTask_FailsAsProgramFailed()
    {
        var error = Assert.Throws<EventLoopException>(() =>
            EventLoop.Run(_ => Task.FromException(new TimeoutException("too slow"))));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.ProgramFailed));
        Assert.That(error.Message, Does.StartWith("The program's Task failed: TimeoutException: too slow"));
        Assert.That(error.Message, Does.Contain("(nothing was logged)"));
    }

    [Test]
    public void Run_MainTaskWithSeveralErrors_ReportsTheAggregateException()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(_ => Task.WhenAll(
            Task.FromException(new InvalidOperationException("first")),
            Task.FromException(new ArgumentException("second")))));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.ProgramFailed));
        Assert.That(error.Message, Does.StartWith("The program's Task failed: AggregateException:"));
        Assert.That(error.InnerException, Is.TypeOf<AggregateException>());
        Assert.That(((AggregateException)error.InnerException!).InnerExceptions, Has.Count.EqualTo(2));
    }

    [Test]
    public void Run_ExceptionCaughtInsideTheAsyncMain_DoesNotFailTheRun()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            try
            {
                await Task.FromException(new InvalidOperationException("💥"));
            }
            catch (InvalidOperationException error)
            {
                loop.Log("catch " + error.Message);
            }
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "catch 💥" }));
    }
}

namespace ContinuationKatas.Runtime.Tests;

public sealed class FailurePrecedenceTests
{
    [Test]
    public void Run_MainTaskCancelled_FailsAsProgramFailed()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            using var cts = new CancellationTokenSource();
            await cts.CancelAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider, cts.Token);
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.ProgramFailed));
        Assert.That(error.Message, Does.Contain("cancelled"));
    }

    [Test]
    public void Run_RunawayTimerInsideAsyncMain_FailsAsRunawayNotProgramFailed()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
            await Task.Delay(TimeSpan.FromHours(2), loop.TimeProvider)));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Runaway));
        Assert.That(error.Message.Split("Transcript until then:"), Has.Length.EqualTo(2), "the transcript is quoted once");
    }

    [Test]
    public void Run_FaultedMainWithAnOpenPending_FailsAsProgramFailedWithTheRealError()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            loop.Pending("never closed");
            await Task.Delay(TimeSpan.FromMilliseconds(5), loop.TimeProvider);
            throw new InvalidOperationException("the real error");
        }, new LoopOptions { ForeignWorkGrace = TimeSpan.FromMilliseconds(10) }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.ProgramFailed));
        Assert.That(error.Message, Does.Contain("the real error"));
    }
}

namespace ContinuationKatas.Runtime.Tests;

public sealed class StallTests
{
    private static readonly LoopOptions Impatient = new() { ForeignWorkGrace = TimeSpan.FromMilliseconds(10) };

    [Test]
    public void Run_MainTaskNobodyCompletes_FailsAsStalled()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.Log("main: waiting forever");
            return new TaskCompletionSource().Task;
        }, Impatient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Stalled));
        Assert.That(error.Message, Does.Contain("Stalled at t=0 ms").And.Contain("1 pending").And.Contain("main's Task"));
        Assert.That(error.Transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: waiting forever" }));
    }

    [Test]
    public void Run_StallAfterTimers_ReportsTheVirtualTimeItStalledAt()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider);
            loop.Log("dog");
            await new TaskCompletionSource().Task;
        }, Impatient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Stalled));
        Assert.That(error.Message, Does.StartWith("Stalled at t=2000 ms, 1 pending"));
        Assert.That(error.Message, Does.Contain("  2000 ms  dog"), "The message shows the transcript so far.");
    }

    [Test]
    public void Run_MainTaskCompletedByALaterTimer_DoesNotStall()
    {
        var transcript = EventLoop.Run(loop =>
        {
            var source = new TaskCompletionSource();
            loop.SetTimeout(source.SetResult, 5000);
            return source.Task;
        }, Impatient);

        Assert.That(transcript.EndedAtMs, Is.EqualTo(5000));
    }

    [Test]
    public void Pending_OpenWhenNothingIsScheduled_IsNamedInTheStallMessage()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.Pending("c() awaiting promise2");
            loop.SetTimeout(() => loop.Log("dog"), 2000);
        }, Impatient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Stalled));
        Assert.That(error.Message, Does.StartWith("Stalled at t=2000 ms, 1 pending"));
        Assert.That(error.Message, Does.Contain("Pending: c() awaiting promise2."));
        Assert.That(error.Message, Does.Not.Contain("main's Task"), "An Action main has no Task to wait for.");
    }

    [Test]
    public void Pending_WithAnUnfinishedMainTask_NamesBothMainFirst()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.Pending("promise1");
            loop.Pending("promise2");
            return new TaskCompletionSource().Task;
        }, Impatient));

        Assert.That(error!.Message, Does.Contain("3 pending").And.Contain("Pending: main's Task; promise1; promise2."));
    }

    [Test]
    public void Pending_DisposedByATimer_RunEndsNormally()
    {
        var transcript = EventLoop.Run(loop =>
        {
            var operation = loop.Pending("waiting for the dog");
            loop.SetTimeout(() =>
            {
                loop.Log("dog");
                operation.Dispose();
            }, 300);
        }, Impatient);

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(300, "dog") }));
    }

    [Test]
    public void Pending_DisposedTwice_ClosesOnlyItsOwnOperation()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            var first = loop.Pending("same name");
            loop.Pending("same name");
            first.Dispose();
            first.Dispose();
        }, Impatient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Stalled));
        Assert.That(error.Message, Does.Contain("1 pending").And.Contain("Pending: same name."));
    }

    [Test]
    public void Pending_DisposedAgainAfterTheRun_DoesNothing()
    {
        IDisposable? operation = null;
        EventLoop.Run(loop =>
        {
            operation = loop.Pending("waiting");
            loop.SetTimeout(operation.Dispose, 10);
        }, Impatient);

        Assert.That(operation!.Dispose, Throws.Nothing);
    }

    [Test]
    public void Pending_OpenedAfterTheRun_ThrowsInvalidOperationException()
    {
        EventLoop? kept = null;
        EventLoop.Run(loop => { kept = loop; });

        Assert.That(() => kept!.Pending("too late"), Throws.InvalidOperationException.With.Message.Contains("after the run had ended"));
    }
}

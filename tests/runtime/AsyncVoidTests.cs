namespace ContinuationKatas.Runtime.Tests;

public sealed class AsyncVoidTests
{
    private static readonly LoopOptions Impatient = new() { ForeignWorkGrace = TimeSpan.FromMilliseconds(10) };

    /// <summary>Long enough that a busy thread pool never turns these tests into stalls; only spent if a test fails.</summary>
    private static readonly LoopOptions Patient = new() { ForeignWorkGrace = TimeSpan.FromSeconds(30) };

    [Test]
    public void OperationStarted_AsyncVoidStillRunning_KeepsTheRunGoingUntilItCompletes()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            LogFromThePool(loop);
            loop.Log("main: end");
        }, Patient);

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: start", "main: end", "async void: done" }),
            "Main had returned and no timer was left, yet the run waited for the async void method.");
    }

    [Test]
    public void OperationStarted_AsyncVoidThatNeverFinishes_StallsAndNamesTheMethod()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => WaitForever(loop), Impatient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Stalled));
        Assert.That(error.Message, Does.Contain("1 pending").And.Contain("an async void method, AsyncVoidTests.WaitForever, started at t=0 ms and not finished"));
    }

    [Test]
    public void OperationCompleted_AsyncVoidThatFinished_IsNoLongerPending()
    {
        var transcript = EventLoop.Run(loop => DogAfter(loop, 2000), Impatient);

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(2000, "🐶") }));
    }

    [Test]
    public void Post_ExceptionFromAsyncVoid_FailsAsUncaughtNamingTheMethodAndWhereItWasThrown()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            try
            {
                Boom(loop);
            }
            catch (InvalidOperationException)
            {
                loop.Log("caught"); // never: the exception does not come back to the caller
            }

            loop.Log("main: end");
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Uncaught));
        Assert.That(error.Message, Does.StartWith("Uncaught exception at t=500 ms from an async void method, AsyncVoidTests.Boom: InvalidOperationException: 💥."));
        Assert.That(error.Message, Does.Contain("Make AsyncVoidTests.Boom return Task, and await it").And.Contain("(thrown at ").And.Contain("AsyncVoidTests.cs:line "));
        Assert.That(error.InnerException, Is.TypeOf<InvalidOperationException>());
        Assert.That(error.Transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: end" }));
    }

    [Test]
    public void Post_ExceptionFromAnAsyncLambdaPassedAsAction_NamesTheLambda()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            Action callback = async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider);
                throw new InvalidOperationException("💥");
            };
            loop.SetTimeout(callback, 0);
        }));

        Assert.That(error!.Message, Does.StartWith("Uncaught exception at t=10 ms from an async void method, a lambda in AsyncVoidTests."));
    }

    private static async void LogFromThePool(EventLoop loop)
    {
        // Completed by a pool thread after the last timer: only the async void method itself keeps the run going.
        var gate = new TaskCompletionSource();
        loop.SetTimeout(() => ThreadPool.QueueUserWorkItem(_ => gate.SetResult()), 10);
        await gate.Task;
        loop.Log("async void: done");
    }

    private static async void WaitForever(EventLoop loop)
    {
        loop.Log("waiting");
        await new TaskCompletionSource().Task;
    }

    private static async void DogAfter(EventLoop loop, long delayMs)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        loop.Log("🐶");
    }

    private static async void Boom(EventLoop loop)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500), loop.TimeProvider);
        throw new InvalidOperationException("💥");
    }
}

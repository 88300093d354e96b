namespace ContinuationKatas.Runtime.Tests;

public sealed class BlockedTests
{
    [Test]
    public void Result_OnAnUnfinishedTaskInMain_FailsAsBlockedInsteadOfHanging()
    {
        var error = HangGuard.Run(loop =>
        {
            loop.Log("main: start");
            var dog = Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider).ContinueWith(_ => "🐶", TaskScheduler.Default);
            loop.Log(dog.Result);
            return null;
        });

        Assert.That(error, Is.Not.Null, "The run must fail, not succeed.");
        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Blocked));
        Assert.That(error.Message, Does.StartWith("Blocked at t=0 ms: the loop was blocked by a synchronous wait, .Result on an unfinished Task, in main"));
        Assert.That(error.Message, Does.Contain("called from a lambda in BlockedTests.Result_OnAnUnfinishedTaskInMain_FailsAsBlockedInsteadOfHanging (at ")
            .And.Contain("BlockedTests.cs:line ").And.EndsWith("Use await instead of .Result.\nTranscript until then:\n     0 ms  main: start"));
        Assert.That(error.Transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: start" }));
    }

    [Test]
    public void Wait_InATimerCallback_FailsAsBlockedNamingTheCallbackAndTime()
    {
        var error = HangGuard.Run(loop =>
        {
            var never = new TaskCompletionSource();
            loop.SetTimeout(() => never.Task.Wait(), 2000);
            return null;
        });

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Blocked));
        Assert.That(error.Message, Does.StartWith("Blocked at t=2000 ms: the loop was blocked by a synchronous wait, .Wait() on an unfinished Task, " +
                                                  "in a timer callback (timer #1, scheduled at t=0 ms)"));
    }

    [Test]
    public void GetAwaiterGetResult_InsideAnAsyncMethod_FailsAsBlockedEvenWhenTheProgramCatchesIt()
    {
        var caught = false;

        var error = HangGuard.Run(async loop =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), loop.TimeProvider);
            try
            {
                Task.Delay(TimeSpan.FromMilliseconds(500), loop.TimeProvider).GetAwaiter().GetResult();
            }
            catch (EventLoopException)
            {
                caught = true;
            }
        });

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Blocked));
        Assert.That(error.Message, Does.Contain("at t=500 ms").And.Contain(".GetAwaiter().GetResult() on an unfinished Task, in a timer callback"),
            "The await resumed inline, inside the timer callback that completed the delay.");
        Assert.That(caught, Is.True, "The wait throws where it was called; the run fails all the same.");
    }

    [Test]
    public void WaitAll_OnTheLoopThread_FailsAsBlocked()
    {
        var error = HangGuard.Run(loop =>
        {
            Task.WaitAll(Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider));
            return null;
        });

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Blocked));
        Assert.That(error.Message, Does.Contain("Task.WaitAll(…) on an unfinished Task"));
    }

    [Test]
    public void Result_OnACompletedTask_DoesNotBlockAndIsNotReported()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            var dog = Task.FromResult("🐶");
            loop.Log(dog.Result);
            var pig = Delay(loop, "🐷", 5000);
            await pig;
            loop.Log(pig.Result + pig.GetAwaiter().GetResult());
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(0, "🐶"), new TranscriptLine(5000, "🐷🐷") }));
    }

    [Test]
    public void Wait_OnAContendedLockInACallback_IsNotASyncWaitOnATask()
    {
        var gate = new object();
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        var transcript = EventLoop.Run(loop =>
        {
            var holder = new Thread(() =>
            {
                lock (gate)
                {
                    held.Set();
                    release.Wait();
                }
            });
            holder.Start();
            held.Wait();
            ThreadPool.QueueUserWorkItem(_ => release.Set());
            lock (gate)
            {
                loop.Log("got the lock");
            }
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "got the lock" }));
    }

    private static async Task<string> Delay(EventLoop loop, string value, long delayMs)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        return value;
    }
}

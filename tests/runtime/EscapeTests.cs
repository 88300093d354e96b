namespace ContinuationKatas.Runtime.Tests;

public sealed class EscapeTests
{
    [Test]
    public void Log_AfterConfigureAwaitFalse_FailsAsEscaped()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            loop.Log("before");

            // Completed by a thread-pool thread only after the await below has registered, so the
            // continuation always runs on that thread (a finished Task.Run would let it stay on the loop).
            var gate = new TaskCompletionSource();
            loop.SetTimeout(() => ThreadPool.QueueUserWorkItem(_ => gate.SetResult()), 10);
            await gate.Task.ConfigureAwait(false);
            loop.Log("after");
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped));
        Assert.That(error.Message, Does.StartWith("Escaped the event loop: Log(\"after\") ran on thread"));
        Assert.That(error.Message, Does.Contain("(a thread-pool thread)").And.Contain("ConfigureAwait(false)"));
        Assert.That(error.Transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "before" }));
    }

    [Test]
    public void Run_EscapeFaultsTheProgramJustBeforeTheLoopLooks_FailsAsEscaped()
    {
        // Forces the interleaving that made the test above flaky: the loop has checked for escapes and
        // found nothing ready; only then does a pool thread record the escape and fault the program's Task.
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            var gate = new TaskCompletionSource();
            var program = LogAfterLeavingTheLoop(loop, gate.Task);
            loop.BeforeIdleCheck = () =>
            {
                if (program.IsCompleted)
                {
                    return;
                }

                using var faulted = new ManualResetEventSlim();
                program.ContinueWith(_ => faulted.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                ThreadPool.QueueUserWorkItem(_ => gate.SetResult());
                faulted.Wait();
            };
            return program;
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped), error.Message);
        Assert.That(error.Message, Does.StartWith("Escaped the event loop: Log(\"after\") ran on thread"));
    }

    private static async Task LogAfterLeavingTheLoop(EventLoop loop, Task gate)
    {
        await gate.ConfigureAwait(false);
        loop.Log("after");
    }

    [Test]
    public void SetTimeout_InsideTaskRun_FailsAsEscaped()
    {
        var scheduled = false;

        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            await Task.Run(() =>
            {
                loop.SetTimeout(() => scheduled = true, 10);
            });
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped));
        Assert.That(error.Message, Does.Contain("SetTimeout(…, 10)"));
        Assert.That(scheduled, Is.False);
    }

    [Test]
    public void QueueMicrotask_FromADedicatedThread_ThrowsThereAndFailsTheRunAsEscaped()
    {
        Exception? onThread = null;

        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            var done = new TaskCompletionSource();
            var thread = new Thread(() =>
            {
                try
                {
                    loop.QueueMicrotask(() => { });
                }
                catch (InvalidOperationException caught)
                {
                    onThread = caught;
                }

                done.SetResult();
            });
            thread.Start();
            return done.Task;
        }));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped));
        Assert.That(error.Message, Does.Contain("QueueMicrotask(…) ran on thread").And.Not.Contain("thread-pool"));
        Assert.That(onThread, Is.InstanceOf<InvalidOperationException>().With.Message.Contains("Escaped the event loop"));
    }

    [Test]
    public void Log_AfterTheRunEnded_IsNotReportedAsAnEscapeOfTheNextRun()
    {
        EventLoop? first = null;
        EventLoop.Run(loop => { first = loop; });
        Assert.That(() => first!.Log("late"), Throws.InvalidOperationException);

        var second = EventLoop.Run(loop => loop.Log("fine"));

        Assert.That(second.Lines, Has.Count.EqualTo(1));
    }
}

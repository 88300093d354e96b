namespace ContinuationKatas.Runtime.Tests;

public sealed class EscapeCauseTests
{
    /// <summary>Long enough that a busy thread pool never turns these tests into stalls; only spent if a test fails.</summary>
    private static readonly LoopOptions Patient = new() { ForeignWorkGrace = TimeSpan.FromSeconds(30) };

    [Test]
    public void Escape_AfterConfigureAwaitFalse_NamesConfigureAwaitFalseInTheMethod()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(LogAfterConfigureAwaitFalse, Patient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped));
        Assert.That(error.Message, Does.Contain("Likely cause: EscapeCauseTests.LogAfterConfigureAwaitFalse awaits with ConfigureAwait(false), " +
                                                "so the rest of it ran on a thread-pool thread"));
        Assert.That(error.Message, Does.Contain("EscapeCauseTests.cs:line "));
    }

    [Test]
    public void Escape_AfterForceYieldingAlone_NamesTheOptions()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(LogAfterForceYielding, Patient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped));
        Assert.That(error.Message, Does.Contain("awaits with ConfigureAwait(ForceYielding) without ConfigureAwaitOptions.ContinueOnCapturedContext"));
    }

    [Test]
    public void Escape_InsideTaskRun_NamesTaskRun()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Task.Run(() => loop.Log("from the pool")), Patient));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Escaped));
        Assert.That(error.Message, Does.Contain("Likely cause: a lambda in EscapeCauseTests.Escape_InsideTaskRun_NamesTaskRun (at ")
            .And.Contain("runs inside Task.Run (or Task.Factory.StartNew, or a ContinueWith), whose delegate runs on the thread pool"));
    }

    [Test]
    public void Escape_FromAHelperCalledInsideTaskRun_NamesTheDelegateAndTheHelper()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Task.Run(() => Schedule(loop)), Patient));

        Assert.That(error!.Message, Does.Contain("Escaped the event loop: SetTimeout(…, 10) ran on thread")
            .And.Contain("Likely cause: a lambda in EscapeCauseTests.Escape_FromAHelperCalledInsideTaskRun_NamesTheDelegateAndTheHelper (at ")
            .And.Contain("; from there, EscapeCauseTests.Schedule (at "));
    }

    [Test]
    public void Escape_FromADedicatedThread_NamesTheThread()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            var done = new TaskCompletionSource();
            new Thread(() => LogAndSignal(loop, done)).Start();
            return done.Task;
        }, Patient));

        Assert.That(error!.Message, Does.Contain("Likely cause: EscapeCauseTests.LogAndSignal (at ").And.Contain("runs on a thread of its own (new Thread)"));
    }

    [Test]
    public void Await_WithConfigureAwaitTrueOrContinueOnCapturedContext_StaysOnTheLoop()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider).ConfigureAwait(true);
            loop.Log("true");
            await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider)
                .ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.ContinueOnCapturedContext);
            loop.Log("ForceYielding | ContinueOnCapturedContext");
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "true", "ForceYielding | ContinueOnCapturedContext" }));
    }

    [Test]
    public void LeavingAwait_MethodWithoutConfigureAwait_IsNull()
    {
        var moveNext = typeof(EscapeCauseTests).GetNestedTypes(System.Reflection.BindingFlags.NonPublic)
            .Single(type => type.Name.Contains("StaysOnTheLoop", StringComparison.Ordinal))
            .GetMethod("MoveNext", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

        Assert.That(EscapeCause.LeavingAwait(moveNext), Is.Null);
    }

    private static async Task StaysOnTheLoop(EventLoop loop)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider);
        loop.Log("on the loop");
    }

    private static async Task LogAfterConfigureAwaitFalse(EventLoop loop)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider).ConfigureAwait(false);
        loop.Log("after");
    }

    private static async Task LogAfterForceYielding(EventLoop loop)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(10), loop.TimeProvider).ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        loop.Log("after");
    }

    private static void Schedule(EventLoop loop) => loop.SetTimeout(() => { }, 10);

    private static void LogAndSignal(EventLoop loop, TaskCompletionSource done)
    {
        try
        {
            loop.Log("from a thread");
        }
        catch (InvalidOperationException)
        {
            // The escape is recorded; the run reports it.
        }
        finally
        {
            done.SetResult();
        }
    }
}

namespace ContinuationKatas.Runtime.Tests;

public sealed class SynchronizationContextTests
{
    /// <summary>Long enough that a busy thread pool never turns these tests into stalls; only spent if a test fails.</summary>
    private static readonly LoopOptions Patient = new() { ForeignWorkGrace = TimeSpan.FromSeconds(30) };

    [Test]
    public void Current_DuringTheRun_IsTheLoopsContext()
    {
        SynchronizationContext? inMain = null;
        SynchronizationContext? inTimer = null;
        SynchronizationContext? loopContext = null;

        EventLoop.Run(loop =>
        {
            loopContext = loop.SynchronizationContext;
            inMain = SynchronizationContext.Current;
            loop.SetTimeout(() => inTimer = SynchronizationContext.Current, 10);
        });

        Assert.That(loopContext, Is.Not.Null);
        Assert.That(new[] { inMain, inTimer }, Is.All.SameAs(loopContext));
    }

    [Test]
    public void Current_AfterTheRun_IsRestoredEvenWhenTheRunFails()
    {
        var original = SynchronizationContext.Current;
        var outer = new SynchronizationContext();
        SynchronizationContext.SetSynchronizationContext(outer);
        try
        {
            EventLoop.Run(loop => loop.Log("fine"));
            var afterSuccess = SynchronizationContext.Current;
            Assert.That(() => EventLoop.Run(_ => throw new InvalidOperationException("boom")), Throws.TypeOf<EventLoopException>());
            var afterFailure = SynchronizationContext.Current;

            Assert.That(new[] { afterSuccess, afterFailure }, Is.All.SameAs(outer));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(original);
        }
    }

    [Test]
    public void Post_FromTheLoop_RunsAsAMicrotaskBeforeTimers()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("timer"), 0);
            loop.SynchronizationContext.Post(_ => loop.Log("posted"), null);
            loop.Log("main: end");
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "main: end", "posted", "timer" }));
    }

    [Test]
    public void Post_FromAnotherThread_RunsOnTheLoopThread()
    {
        var loopThread = -1;
        var postedOn = -2;

        var transcript = EventLoop.Run(loop =>
        {
            loopThread = Environment.CurrentManagedThreadId;
            var done = new TaskCompletionSource();
            var context = loop.SynchronizationContext;
            _ = Task.Run(() => context.Post(_ =>
            {
                postedOn = Environment.CurrentManagedThreadId;
                loop.Log("posted from the pool");
                done.SetResult();
            }, null));
            return done.Task;
        }, Patient);

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "posted from the pool" }));
        Assert.That(postedOn, Is.EqualTo(loopThread));
    }

    [Test]
    public void Await_TaskRunWithoutConfigureAwait_ResumesOnTheLoopThread()
    {
        var loopThread = -1;
        var poolThread = -1;
        var resumedOn = -2;

        var transcript = EventLoop.Run(async loop =>
        {
            loopThread = Environment.CurrentManagedThreadId;
            poolThread = await Task.Run(() => Environment.CurrentManagedThreadId);
            resumedOn = Environment.CurrentManagedThreadId;
            loop.Log("back on the loop");
        }, Patient);

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "back on the loop" }));
        Assert.That(resumedOn, Is.EqualTo(loopThread));
        Assert.That(poolThread, Is.Not.EqualTo(loopThread));
    }

    [Test]
    public void Await_CompletedByATimer_ContinuesBeforeTheNextTimer()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            var source = new TaskCompletionSource<string>();
            loop.SetTimeout(() => source.SetResult("🐶"), 2000);
            loop.SetTimeout(() => loop.Log("other timer"), 2000);
            loop.Log(await source.Task);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(2000, "🐶"), new TranscriptLine(2000, "other timer") }));
    }

    [Test]
    public void Send_FromTheLoop_RunsInline()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.SynchronizationContext.Send(_ => loop.Log("sent"), null);
            loop.Log("after Send");
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "sent", "after Send" }));
    }

    [Test]
    public void Send_FromAnotherThread_ThrowsInvalidOperationException()
    {
        Exception? caught = null;
        var ran = false;

        EventLoop.Run(async loop =>
        {
            var context = loop.SynchronizationContext;
            await Task.Run(() =>
            {
                try
                {
                    context.Send(_ => ran = true, null);
                }
                catch (InvalidOperationException error)
                {
                    caught = error;
                }
            });
        }, Patient);

        Assert.That(caught, Is.InstanceOf<InvalidOperationException>().With.Message.Contains("use Post"));
        Assert.That(ran, Is.False);
    }

    [Test]
    public void CreateCopy_Always_ReturnsTheSameContext()
    {
        SynchronizationContext? context = null;
        SynchronizationContext? copy = null;

        EventLoop.Run(loop =>
        {
            context = loop.SynchronizationContext;
            copy = context.CreateCopy();
        });

        Assert.That(copy, Is.SameAs(context));
    }
}

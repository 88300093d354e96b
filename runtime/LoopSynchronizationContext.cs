using System.Runtime.ExceptionServices;

namespace ContinuationKatas.Runtime;

/// <summary>
/// Sends every continuation back to the loop: a microtask from the loop, queued work from elsewhere. It is also where
/// the loop learns of three mistakes: a synchronous wait on its thread (<see cref="Wait"/>), and an <c>async void</c>
/// method running (<see cref="OperationStarted"/>, <see cref="OperationCompleted"/>) or throwing (<see cref="Post"/>).
/// </summary>
internal sealed class LoopSynchronizationContext : SynchronizationContext
{
    private const string UnknownAsyncVoid = "an async void method";
    private readonly EventLoop loop;

    public LoopSynchronizationContext(EventLoop loop)
    {
        this.loop = loop;

        // Every blocking wait on a thread where this context is current now goes through Wait below.
        SetWaitNotificationRequired();
    }

    /// <summary>
    /// Queues the work on the loop. An <c>async void</c> method's builder posts its exception here (there is no Task to
    /// hold it): the loop then fails the run, naming the method.
    /// </summary>
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (state is ExceptionDispatchInfo thrown && d.Method.Module.Assembly == typeof(Task).Assembly)
        {
            var method = StackFrames.NearestProgramMethod() ?? UnknownAsyncVoid;
            loop.PostFromAnyThread(() => loop.ThrowFromAsyncVoid(thrown, method));
            return;
        }

        loop.PostFromAnyThread(() => d(state));
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        if (!loop.IsOnLoopThread)
        {
            throw new InvalidOperationException("Send from another thread would block that thread until the loop is free; use Post.");
        }

        d(state);
    }

    /// <summary>An <c>async void</c> method started: the loop counts it as pending until it completes.</summary>
    public override void OperationStarted() => loop.AsyncVoidStarted(StackFrames.NearestProgramMethod() ?? UnknownAsyncVoid);

    /// <summary>An <c>async void</c> method completed, normally or by throwing.</summary>
    public override void OperationCompleted() => loop.AsyncVoidCompleted(StackFrames.NearestProgramMethod() ?? UnknownAsyncVoid);

    /// <summary>
    /// Told before the loop's thread blocks. A wait on an unfinished Task, inside a callback, fails the run at once
    /// instead of hanging, as <see cref="EventLoopFailure.Blocked"/>: a Task that needs the loop could never finish while
    /// the wait holds the loop's thread. Other waits (a contended lock that another thread will release, the loop's own
    /// wait for the next timer) block as usual.
    /// </summary>
    public override int Wait(IntPtr[] waitHandles, bool waitAll, int millisecondsTimeout)
    {
        if (loop.IsOnLoopThread && loop.InCallback && SyncWait.Find() is { } wait)
        {
            throw loop.Blocked(wait);
        }

        return base.Wait(waitHandles, waitAll, millisecondsTimeout);
    }

    public override SynchronizationContext CreateCopy() => this;
}

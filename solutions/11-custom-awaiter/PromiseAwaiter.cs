using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomAwaiter;

/// <summary>
/// What the compiler's state machine talks to at one <c>await promise</c>: it asks <see cref="IsCompleted"/>, hands
/// its MoveNext to <see cref="UnsafeOnCompleted"/> and, once resumed, reads the outcome with <see cref="GetResult"/>.
/// This awaiter gives JavaScript's order: every <c>await</c> costs exactly one microtask turn.
/// </summary>
/// <remarks>
/// A class, not a struct: the machine copies its awaiter into a field before it subscribes, and copies it back when
/// it resumes, so an outcome stored in a struct copy would be lost.
/// </remarks>
/// <typeparam name="T">The promise's value type.</typeparam>
public sealed class PromiseAwaiter<T> : ICriticalNotifyCompletion
{
    private readonly Promise<T> promise;
    private T value = default!;
    private Exception? error;

    /// <summary>Creates the awaiter for one <c>await</c> of <paramref name="promise"/>.</summary>
    public PromiseAwaiter(Promise<T> promise) => this.promise = promise;

    /// <summary>
    /// Always <see langword="false"/>, even for a settled promise: like JavaScript's <c>await</c>, the method always
    /// suspends and resumes in a microtask. C#'s own awaiters say <see langword="true"/> when they are done, and the
    /// method runs straight on without a turn.
    /// </summary>
    public bool IsCompleted => false;

    /// <summary>
    /// Resumes the method one turn after the promise settles (at once, if it already has). Given: it calls
    /// <see cref="Subscribe"/> and hands anything thrown to the loop (see <see cref="Fail"/>).
    /// </summary>
    public void OnCompleted(Action continuation)
    {
        try
        {
            Subscribe(continuation);
        }
        catch (Exception error)
        {
            Fail(error);
        }
    }

    /// <summary>The same as <see cref="OnCompleted"/>: the kit's loop has no ExecutionContext to flow.</summary>
    public void UnsafeOnCompleted(Action continuation) => OnCompleted(continuation);

    /// <summary>
    /// The promise's value, or its rejection reason thrown as it is (not wrapped), with the stack trace it had when it
    /// was first thrown, so the method's <c>catch</c> sees the very exception the promise was rejected with.
    /// </summary>
    public T GetResult()
    {
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error); // `throw error;` would restart its stack trace here
        }

        return value;
    }

    // A reaction on the promise, so the continuation runs as a microtask on the promise's loop, never inline and never
    // elsewhere. The plain reaction of IThenable: no promise in between, so one turn, as Node's await
    // (PerformPromiseThen). Subscribing also handles a rejection: it is no longer reported as unhandled.
    private void Subscribe(Action continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        ((IThenable<T>)promise).Then(
            result => { value = result; continuation(); },
            reason => { error = reason; continuation(); });
    }

    // Given. The compiler's builder (AsyncTaskMethodBuilder) rethrows an exception from OnCompleted on the thread pool,
    // where nothing catches it and the test process ends. So it goes to the loop running here, which fails the run with
    // it. Off the loop there is no loop to tell, and none needed: the loop has already recorded the escape.
    private static void Fail(Exception error) => EventLoop.Current?.QueueMicrotask(() => ExceptionDispatchInfo.Throw(error));
}

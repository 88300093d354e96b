using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomAwaiter;

/// <summary>
/// What the compiler's state machine talks to at one <c>await promise</c>: it asks <see cref="IsCompleted"/>, hands
/// its MoveNext to <see cref="UnsafeOnCompleted"/> and, once resumed, reads the outcome with <see cref="GetResult"/>.
/// Yours gives JavaScript's order: every <c>await</c> costs exactly one microtask turn.
/// </summary>
/// <remarks>
/// A class, not a struct: the machine copies its awaiter into a field before it subscribes, and copies it back when
/// it resumes, so an outcome stored in a struct copy would be lost.
/// </remarks>
/// <typeparam name="T">The promise's value type.</typeparam>
public sealed class PromiseAwaiter<T> : ICriticalNotifyCompletion
{
    private readonly Promise<T> promise;

    // TODO: step 3 — fields for the outcome the promise calls back with: its value, or its reason.

    /// <summary>Creates the awaiter for one <c>await</c> of <paramref name="promise"/>.</summary>
    public PromiseAwaiter(Promise<T> promise) => this.promise = promise;

    /// <summary>Asked first, at every await: true lets the method run straight on without suspending.</summary>
    public bool IsCompleted =>
        // TODO: step 2 — Node's await always suspends, even on a settled promise: what must this say?
        throw new NotSolvedYetException("Kata 11 (custom awaiter), step 2: in PromiseAwaiter, IsCompleted: does JavaScript's await ever run straight on?");

    /// <summary>
    /// Called when the method suspends: run <paramref name="continuation"/> (the rest of the method) later. Given: it
    /// calls your <see cref="Subscribe"/> and hands anything thrown to the loop (see <see cref="Fail"/>).
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

    /// <summary>What the compiler calls for an <see cref="ICriticalNotifyCompletion"/>: the same as <see cref="OnCompleted"/> here.</summary>
    public void UnsafeOnCompleted(Action continuation) => OnCompleted(continuation);

    /// <summary>Called when the method resumes: the awaited value, or the rejection thrown.</summary>
    public T GetResult()
    {
        // TODO: step 4 — return the value, or throw the reason itself with its stack trace kept (ExceptionDispatchInfo.Throw).
        throw new NotSolvedYetException("Kata 11 (custom awaiter), step 4: in PromiseAwaiter.GetResult, return the value or throw the reason with ExceptionDispatchInfo.Throw.");
    }

    // Runs continuation (the rest of the method) once the promise has settled.
    private void Subscribe(Action continuation)
    {
        // TODO: step 3 — subscribe to the promise, ((IThenable<T>)promise).Then(…, …): keep the value or the reason, then call continuation.
        throw new NotSolvedYetException($"Kata 11 (custom awaiter), step 3: in PromiseAwaiter.Subscribe, subscribe {nameof(continuation)} to {nameof(promise)}: keep its outcome, then continue.");
    }

    // Given. The compiler's builder (AsyncTaskMethodBuilder) rethrows an exception from OnCompleted on the thread pool,
    // where nothing catches it and the test process ends. So it goes to the loop running here, which fails the run with
    // it. Off the loop there is no loop to tell, and none needed: the loop has already recorded the escape.
    private static void Fail(Exception error) => EventLoop.Current?.QueueMicrotask(() => ExceptionDispatchInfo.Throw(error));
}

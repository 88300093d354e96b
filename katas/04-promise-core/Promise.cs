using ContinuationKatas.Runtime;

namespace Katas.PromiseCore;

/// <summary>
/// A value that arrives later, or a reason why it never will: JavaScript's <c>Promise</c>, built on the kit's
/// event loop. It settles once; the callbacks given to <see cref="Then"/> run later, as microtasks.
/// </summary>
/// <typeparam name="T">The type of the value the promise is fulfilled with.</typeparam>
public sealed class Promise<T>
{
    /// <summary>
    /// Creates a pending promise and runs <paramref name="executor"/> at once, handing it the two functions that
    /// settle the promise: <c>resolve(value)</c> and <c>reject(reason)</c>.
    /// </summary>
    /// <param name="loop">The loop whose microtask queue runs the callbacks.</param>
    /// <param name="executor">Starts the work, e.g. schedules a timer that calls <c>resolve</c>.</param>
    public Promise(EventLoop loop, Action<Action<T>, Action<Exception>> executor)
    {
        // TODO: step 1 — keep the loop; call executor(resolve, reject) right here with two functions of your own
        // that settle the promise once (later calls change nothing). If the executor throws, reject with the exception.
        throw new NotSolvedYetException("Kata 04 (promise core), step 1: in the Promise constructor, run the executor at once with resolve and reject functions that settle the promise once.");
    }

    /// <summary>Pending until <c>resolve</c> or <c>reject</c> is first called; then fulfilled or rejected for good.</summary>
    public PromiseState State { get; private set; }

    /// <summary>
    /// Registers callbacks for when the promise settles: <paramref name="onFulfilled"/> with the value, or
    /// <paramref name="onRejected"/> with the reason. Either may be <see langword="null"/>. They run as microtasks,
    /// never before this method returns, at most once, and in the order <c>Then</c> was called.
    /// </summary>
    public void Then(Action<T>? onFulfilled, Action<Exception>? onRejected = null)
    {
        // TODO: step 2 — while pending, remember the callbacks; when the promise settles, queue each one with
        // loop.QueueMicrotask, in the order Then was called.
        // TODO: step 3 — on a promise that is already settled, queue the callback straight away: never call it here.
        throw new NotSolvedYetException("Kata 04 (promise core), step 2: in Promise.Then, remember the callbacks while the promise is pending and queue them as microtasks when it settles.");
    }
}

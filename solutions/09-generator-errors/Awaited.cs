using System.Runtime.ExceptionServices;
using ContinuationKatas.Promises;

namespace Katas.GeneratorErrors;

/// <summary>
/// This kata's <c>await</c>: an iterator yields an <see cref="Awaited{T}"/> (made by <see cref="Co.Await{T}"/>) to
/// wait for a promise, and reads <see cref="Value"/> after the <c>yield return</c>, once the runner has resumed it.
/// A C# iterator cannot receive a value at its <c>yield</c> (there is no <c>generator.next(value)</c>), so the value
/// comes back through the object it yielded. A handle made by <see cref="Co.AwaitSettled{T}"/> also brings a
/// rejection back: reading <see cref="Value"/> throws the reason, where a <c>catch</c> can see it.
/// </summary>
/// <typeparam name="T">The type of the awaited promise's value.</typeparam>
public sealed class Awaited<T> : IAwaited
{
    private PromiseState outcome;
    private T value = default!;
    private Exception? reason;

    internal Awaited(Promise<T> promise, bool resumesOnRejection)
    {
        ArgumentNullException.ThrowIfNull(promise);
        Promise = promise;
        ResumesOnRejection = resumesOnRejection;
    }

    /// <summary>The promise the iterator waits for.</summary>
    public Promise<T> Promise { get; }

    /// <inheritdoc />
    public bool ResumesOnRejection { get; }

    /// <summary>
    /// The awaited promise's value, once the runner has resumed the iterator after it was fulfilled; if it was
    /// rejected (and the handle was made by <see cref="Co.AwaitSettled{T}"/>), reading it throws the reason.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Read before the promise's reaction ran: the runner resumed the iterator inline, before the promise settled.
    /// </exception>
    public T Value
    {
        get
        {
            if (outcome == PromiseState.Rejected)
            {
                ExceptionDispatchInfo.Throw(reason!);
            }

            return outcome == PromiseState.Fulfilled
                ? value
                : throw new InvalidOperationException(
                    $"The value of a Promise<{typeof(T).Name}> was read before that promise had settled: the runner resumes inline. " +
                    "It called MoveNext again without waiting for the yielded promise. Resume the iterator only in the callback " +
                    "you give to Then of the handle it yielded: that runs in the promise's reaction, once the value is there.");
        }
    }

    /// <inheritdoc />
    public void Then(Action onFulfilled, Action<Exception> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        ArgumentNullException.ThrowIfNull(onRejected);

        // The interface's Then registers a bare reaction: no derived promise, so nothing to report as unhandled.
        ((IThenable<T>)Promise).Then(
            fulfilled =>
            {
                value = fulfilled;
                outcome = PromiseState.Fulfilled;
                onFulfilled();
            },
            rejected =>
            {
                reason = rejected;
                outcome = PromiseState.Rejected;
                onRejected(rejected);
            });
    }
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises;

/// <summary>The chaining half of <see cref="Promise{T}"/>: Then, Catch and Finally, as in kata 05.</summary>
public sealed partial class Promise<T>
{
    /// <summary>
    /// Chains a step: the new promise is fulfilled with what the callback returns, or rejected with what it throws.
    /// Without <paramref name="onRejected"/>, a rejection passes through to the new promise unchanged.
    /// </summary>
    public Promise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        return Chain<TResult>(
            (result, next) => next.Resolve(onFulfilled(result)),
            onRejected is null ? PassReason : (error, next) => next.Resolve(onRejected(error)));
    }

    /// <summary>Chains a step whose callback returns a promise: the new promise adopts it (it does not nest it).</summary>
    public Promise<TResult> Then<TResult>(Func<T, Promise<TResult>> onFulfilled, Func<Exception, Promise<TResult>>? onRejected = null) =>
        ThenAdopting(onFulfilled, onRejected); // Func is covariant: a Func returning Promise is a Func returning IThenable

    /// <summary>Chains a step whose callback returns any thenable: the new promise adopts its state (A+ 2.3.3).</summary>
    public Promise<TResult> Then<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected = null) =>
        ThenAdopting(onFulfilled, onRejected);

    /// <summary>Chains a step that returns nothing (C#'s <c>void</c>); the new promise is fulfilled with <see langword="null"/>.</summary>
    public Promise<object?> Then(Action<T> onFulfilled, Action<Exception>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);

        // Typed delegates pick the value overload: a bare `_ => null` would also fit the adopting ones.
        Func<T, object?> fulfilled = result =>
        {
            onFulfilled(result);
            return null;
        };
        Func<Exception, object?>? rejected = onRejected is null ? null : error =>
        {
            onRejected(error);
            return null;
        };
        return Then(fulfilled, rejected);
    }

    /// <summary>
    /// Handles a rejection: the new promise is fulfilled with what <paramref name="onRejected"/> returns. A value
    /// passes through untouched. JavaScript's <c>catch(f)</c>, which is <c>then(undefined, f)</c>.
    /// </summary>
    public Promise<T> Catch(Func<Exception, T> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onRejected);
        return Chain<T>((result, next) => next.Resolve(result), (error, next) => next.Resolve(onRejected(error)));
    }

    /// <summary>
    /// Runs <paramref name="onFinally"/> once the promise settles, either way, and passes the outcome on
    /// unchanged; if <paramref name="onFinally"/> throws, that exception replaces the outcome.
    /// </summary>
    public Promise<T> Finally(Action onFinally)
    {
        ArgumentNullException.ThrowIfNull(onFinally);

        // The outcome is handed on through an already settled promise, which the new promise adopts, rather than
        // returned (or rethrown) directly. The result is the same; the detour costs as many microtask turns as
        // JavaScript's finally does, so transcripts match Node's even where chains interleave.
        return Then<T>(
            result =>
            {
                onFinally();
                return Settled(result, null);
            },
            error =>
            {
                onFinally();
                return Settled(default!, error);
            });
    }

    private static void PassReason<TResult>(Exception error, Promise<TResult> next) => next.Reject(error);

    private Promise<TResult> ThenAdopting<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        return Chain<TResult>(
            (result, next) => next.Adopt(onFulfilled(result)),
            onRejected is null ? PassReason : (error, next) => next.Adopt(onRejected(error)));
    }

    // Every Then, Catch and Finally is this: a new pending promise, and a reaction that runs one of the two
    // steps and lets it settle the new promise. A step that throws rejects it (A+ 2.2.7.2).
    private Promise<TResult> Chain<TResult>(Action<T, Promise<TResult>> onFulfilled, Action<Exception, Promise<TResult>> onRejected)
    {
        var next = new Promise<TResult>(loop);
        AddReaction(new Reaction(
            result => Step(next, () => onFulfilled(result, next)),
            error => Step(next, () => onRejected(error, next))));
        return next;
    }

    private static void Step<TResult>(Promise<TResult> next, Action step)
    {
        try
        {
            step();
        }
        catch (Exception error)
        {
            next.Reject(error);
        }
    }
}

namespace ContinuationKatas.Promises;

/// <summary>The chaining half of <see cref="Promise{T}"/>: <c>Then</c> and <c>Catch</c>, as in kata 05.</summary>
public sealed partial class Promise<T>
{
    /// <summary>
    /// Chains a step. One turn after this promise settles, <paramref name="onFulfilled"/> gets the value (or
    /// <paramref name="onRejected"/> the reason), and the new promise is fulfilled with what it returns, or
    /// rejected with what it throws. Without <paramref name="onRejected"/>, a rejection passes on unchanged.
    /// </summary>
    /// <returns>A new pending promise. Its own rejection is reported as unhandled if nothing is chained to it.</returns>
    public Promise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        return Chain<TResult>(
            (result, next) => next.Resolve(onFulfilled(result)),
            onRejected is null ? PassReason : (error, next) => next.Resolve(onRejected(error)));
    }

    /// <summary>
    /// Chains a step whose callback returns a promise: the new promise adopts it rather than nesting it. Adoption
    /// costs two turns more than returning a value, as in Node: given an already fulfilled promise, the new promise
    /// settles in the third turn after the callback's instead of in the callback's own. A pending promise is
    /// waited for. Returning <see langword="null"/> rejects the
    /// new promise with an <see cref="InvalidOperationException"/>; returning the new promise itself rejects it
    /// with one too (a chaining cycle).
    /// </summary>
    public Promise<TResult> Then<TResult>(Func<T, Promise<TResult>> onFulfilled, Func<Exception, Promise<TResult>>? onRejected = null) =>
        ThenAdopting(onFulfilled, onRejected); // Func is covariant: a Func returning Promise is a Func returning IThenable

    /// <summary>
    /// Chains a step whose callback returns any thenable: the new promise adopts its state (Promises/A+ 2.3.3),
    /// with the same turns as a returned promise. Only the thenable's first callback counts, and a throw from its
    /// <c>Then</c> after it called back is ignored.
    /// </summary>
    public Promise<TResult> Then<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected = null) =>
        ThenAdopting(onFulfilled, onRejected);

    /// <summary>
    /// Chains a step that returns nothing (C#'s <c>void</c>, JavaScript's <c>undefined</c>): the new promise is
    /// fulfilled with <see langword="null"/> in the same turn the callback runs, or rejected with what it throws.
    /// </summary>
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
    /// Handles a rejection: one turn after this promise is rejected, the new promise is fulfilled with what
    /// <paramref name="onRejected"/> returns (or rejected with what it throws). A value passes on untouched, in the
    /// same turn. JavaScript's <c>catch(f)</c>, which is <c>then(undefined, f)</c>.
    /// </summary>
    public Promise<T> Catch(Func<Exception, T> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onRejected);
        return Chain<T>((result, next) => next.Resolve(result), (error, next) => next.Resolve(onRejected(error)));
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
        var next = new Promise<TResult>(Loop);
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

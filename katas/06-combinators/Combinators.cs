using ContinuationKatas.Runtime;

namespace Katas.Combinators;

/// <summary>
/// The static side of <see cref="Promise{T}"/>, JavaScript's <c>Promise.resolve</c>, <c>reject</c>, <c>all</c>,
/// <c>race</c>, <c>any</c> and <c>allSettled</c>: each takes promises (any <see cref="IThenable{T}"/>) and returns one.
/// </summary>
public static class Promise
{
    /// <summary>A promise fulfilled with <paramref name="value"/>.</summary>
    public static Promise<T> Resolve<T>(EventLoop loop, T value) => new(loop, (resolve, _) => resolve(value));

    /// <summary>A promise rejected with <paramref name="reason"/>.</summary>
    public static Promise<T> Reject<T>(EventLoop loop, Exception reason) => new(loop, (_, reject) => reject(reason));

    /// <summary>
    /// Fulfilled with every value, in argument order, once all are fulfilled; rejected with the first reason as
    /// soon as one is rejected. Nothing given: fulfilled at once with an empty array.
    /// </summary>
    public static Promise<T[]> All<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);

        // TODO: step 1 — a new promise; call Then on each input; keep each value in its slot, count down, resolve when
        // the count reaches 0 (at once when there are no inputs); reject with the first reason. Count each input once:
        // a stranger's thenable may call back twice, or both ways, and only its first call counts.
        throw new NotSolvedYetException("Kata 06 (combinators), step 1: implement Promise.All: fulfil with every value in argument order once all are fulfilled; reject with the first reason.");
    }

    /// <summary>Settles like the first of <paramref name="promises"/> to settle. Nothing given: pending forever, as in JavaScript.</summary>
    public static Promise<T> Race<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);

        // TODO: step 2 — a new promise whose resolve and reject are handed to every input's Then: settle-once does the rest.
        throw new NotSolvedYetException("Kata 06 (combinators), step 2: implement Promise.Race: settle like the first input to settle.");
    }

    /// <summary>
    /// Fulfilled with the first value to arrive; rejected, once all are rejected, with an <see cref="AggregateException"/>
    /// of every reason in argument order (JavaScript's AggregateError). Nothing given: rejected at once.
    /// </summary>
    public static Promise<T> Any<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);

        // TODO: step 4 — All's mirror image: the first value wins; reasons go into slots; when the last is in, reject
        // with new AggregateException("All promises were rejected", reasons). No inputs: reject at once, with an empty AggregateException.
        // Only the first call of each input counts.
        throw new NotSolvedYetException("Kata 06 (combinators), step 4: implement Promise.Any: fulfil with the first value; once all are rejected, reject with an AggregateException of every reason.");
    }

    /// <summary>Fulfilled, once all have settled, with how each one ended, in argument order. Never rejected.</summary>
    public static Promise<SettledResult<T>[]> AllSettled<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);

        // TODO: step 3 — like All, but a rejection fills its slot with a SettledResult too, and the promise is never rejected.
        // Again, only the first call of each input counts.
        throw new NotSolvedYetException("Kata 06 (combinators), step 3: implement Promise.AllSettled: once all have settled, fulfil with a SettledResult for each, in argument order.");
    }
}

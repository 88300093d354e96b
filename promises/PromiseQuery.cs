namespace ContinuationKatas.Promises;

/// <summary>
/// The two methods C#'s query syntax needs to work on <see cref="Promise{T}"/> (kata 07): with them,
/// <c>from dog in promise1 from pig in promise2 select dog + pig</c> compiles to a chain of Thens.
/// </summary>
public static class PromiseQuery
{
    /// <summary>
    /// <c>from x in source select selector(x)</c>: a promise of the selector's result, once the value is there.
    /// A rejection passes through, and a throw in the selector rejects. It is <c>source.Then(selector)</c>: the
    /// selector runs one turn after <paramref name="source"/> is fulfilled.
    /// </summary>
    public static Promise<TResult> Select<T, TResult>(this Promise<T> source, Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);

        // Mapping a promise is Then with a callback that returns a value: nothing else to it.
        return source.Then(selector);
    }

    /// <summary>
    /// <c>from x in source from y in collectionSelector(x) select resultSelector(x, y)</c>: waits for x, then asks
    /// for the second promise, waits for y, and combines both. A rejection of either passes through; the second
    /// promise is not asked for when the first is rejected. It is
    /// <c>source.Then(x =&gt; collectionSelector(x).Then(y =&gt; resultSelector(x, y)))</c>, with that chain's turns:
    /// the inner promise is returned from a <c>Then</c> callback and adopted (two turns more than a value).
    /// </summary>
    public static Promise<TResult> SelectMany<T, TCollection, TResult>(
        this Promise<T> source,
        Func<T, Promise<TCollection>> collectionSelector,
        Func<T, TCollection, TResult> resultSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(collectionSelector);
        ArgumentNullException.ThrowIfNull(resultSelector);

        // The compiler hands us the rest of the query as two lambdas. collectionSelector is "the code after the
        // first from": it runs only once x has arrived, and x stays in scope for resultSelector. The inner
        // promise is returned from the outer step, so the chain adopts it and stays flat: this is await.
        return source.Then<TResult>(x => collectionSelector(x).Then<TResult>(y => resultSelector(x, y)));
    }
}

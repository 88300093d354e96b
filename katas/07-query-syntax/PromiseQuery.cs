using ContinuationKatas.Runtime;

namespace Katas.QuerySyntax;

/// <summary>
/// The two methods C#'s query syntax needs to work on <see cref="Promise{T}"/>: with them,
/// <c>from dog in promise1 from pig in promise2 select dog + pig</c> compiles to a chain of Thens.
/// </summary>
public static class PromiseQuery
{
    /// <summary>
    /// <c>from x in source select selector(x)</c>: a promise of the selector's result, once the value is there.
    /// A rejection passes through, and a throw in the selector rejects.
    /// </summary>
    public static Promise<TResult> Select<T, TResult>(this Promise<T> source, Func<T, TResult> selector)
    {
        // TODO: step 1 — one Then.
        throw new NotSolvedYetException("Kata 07 (query syntax), step 1: implement PromiseQuery.Select with one Then.");
    }

    /// <summary>
    /// <c>from x in source from y in collectionSelector(x) select resultSelector(x, y)</c>: waits for x, then asks
    /// for the second promise, waits for y, and combines both.
    /// </summary>
    public static Promise<TResult> SelectMany<T, TCollection, TResult>(
        this Promise<T> source,
        Func<T, Promise<TCollection>> collectionSelector,
        Func<T, TCollection, TResult> resultSelector)
    {
        // TODO: step 2 — a Then on source whose callback calls collectionSelector(x) and returns a Then on that
        // promise which combines x and y with resultSelector. (Returned, so it is adopted.)
        throw new NotSolvedYetException("Kata 07 (query syntax), step 2: implement PromiseQuery.SelectMany: wait for x, then for collectionSelector(x), then combine them.");
    }
}

using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomAwaiter;

/// <summary>Makes the kit's <see cref="Promise{T}"/> awaitable: <c>await promise</c> calls this <c>GetAwaiter</c>.</summary>
public static class PromiseAwaiting
{
    /// <summary>
    /// The awaiter for one <c>await</c> of <paramref name="promise"/>. The compiler accepts an extension method:
    /// it looks for any <c>GetAwaiter()</c> callable on the awaited expression, as LINQ looks for <c>Select</c>.
    /// </summary>
    public static PromiseAwaiter<T> GetAwaiter<T>(this Promise<T> promise)
    {
        // TODO: step 1 — return a new PromiseAwaiter<T> for this promise.
        throw new NotSolvedYetException("Kata 11 (custom awaiter), step 1: in PromiseAwaiting.GetAwaiter, return a new PromiseAwaiter<T> for the promise.");
    }
}

using ContinuationKatas.Promises;

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
        ArgumentNullException.ThrowIfNull(promise);
        return new PromiseAwaiter<T>(promise);
    }
}

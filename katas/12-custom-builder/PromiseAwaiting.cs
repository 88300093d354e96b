using ContinuationKatas.Promises;

namespace Katas.CustomBuilder;

/// <summary>Kata 11's <c>GetAwaiter</c>, given: <c>await promise</c> works inside your async Promise methods.</summary>
public static class PromiseAwaiting
{
    /// <summary>The awaiter for one <c>await</c> of <paramref name="promise"/>.</summary>
    public static PromiseAwaiter<T> GetAwaiter<T>(this Promise<T> promise)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return new PromiseAwaiter<T>(promise);
    }
}

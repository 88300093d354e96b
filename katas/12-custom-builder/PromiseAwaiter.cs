using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using ContinuationKatas.Promises;

namespace Katas.CustomBuilder;

/// <summary>
/// Kata 11's awaiter, given: every <c>await</c> on a promise costs one microtask turn, as in Node, and resumes on the
/// loop; a rejection is thrown as it is. Only <see cref="INotifyCompletion"/> here, so the compiler calls your
/// builder's <c>AwaitOnCompleted</c> for it (an <see cref="ICriticalNotifyCompletion"/> gets <c>AwaitUnsafeOnCompleted</c>).
/// </summary>
/// <typeparam name="T">The promise's value type.</typeparam>
public sealed class PromiseAwaiter<T> : INotifyCompletion
{
    private readonly Promise<T> promise;
    private T value = default!;
    private Exception? error;

    /// <summary>Creates the awaiter for one <c>await</c> of <paramref name="promise"/>.</summary>
    public PromiseAwaiter(Promise<T> promise) => this.promise = promise;

    /// <summary>Always <see langword="false"/>: JavaScript's await always suspends, even on a settled promise.</summary>
    public bool IsCompleted => false;

    /// <summary>Resumes the method in the promise's reaction: one turn after it settles, on the loop.</summary>
    public void OnCompleted(Action continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        ((IThenable<T>)promise).Then(
            result => { value = result; continuation(); },
            reason => { error = reason; continuation(); });
    }

    /// <summary>The promise's value, or its reason thrown as it is, with its stack trace kept.</summary>
    public T GetResult()
    {
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return value;
    }
}

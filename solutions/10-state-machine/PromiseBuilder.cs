using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.StateMachine;

/// <summary>
/// The promise a state machine hands back and settles at the end: what <c>AsyncTaskMethodBuilder&lt;T&gt;</c>
/// is to the compiler's machine (its <c>Task</c>, <c>SetResult</c> and <c>SetException</c>). Given: you do not edit it.
/// </summary>
/// <typeparam name="T">The type of c()'s result.</typeparam>
public sealed class PromiseBuilder<T>
{
    private Action<T> resolve = null!;
    private Action<Exception> reject = null!;

    /// <summary>Creates the builder and its pending promise.</summary>
    public PromiseBuilder(EventLoop loop) =>
        Promise = new Promise<T>(loop, (fulfil, fail) => (resolve, reject) = (fulfil, fail));

    /// <summary>What c() returns: pending until the machine calls <see cref="SetResult"/> or <see cref="SetException"/>.</summary>
    public Promise<T> Promise { get; }

    /// <summary>Fulfils <see cref="Promise"/>: c() has returned <paramref name="result"/>. Only the first call counts.</summary>
    public void SetResult(T result) => resolve(result);

    /// <summary>Rejects <see cref="Promise"/>: c() has thrown <paramref name="error"/>. Only the first call counts.</summary>
    public void SetException(Exception error) => reject(error);
}

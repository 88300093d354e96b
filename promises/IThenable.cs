namespace ContinuationKatas.Promises;

/// <summary>
/// Anything that can hand over a result later: the C# form of JavaScript's "thenable", an object with a
/// <c>then(onFulfilled, onRejected)</c> method. A promise adopts the state of a thenable it is resolved with
/// (Promises/A+ 2.3.3), whether it is one of ours or a stranger's.
/// </summary>
/// <typeparam name="T">The type of the value it is fulfilled with.</typeparam>
public interface IThenable<out T>
{
    /// <summary>
    /// Calls <paramref name="onFulfilled"/> with the value or <paramref name="onRejected"/> with the reason, when
    /// there is one. A well-behaved thenable calls one of them once; a promise must cope with one that does not.
    /// <see cref="Promise{T}"/> itself calls back one turn after it settles, never inside this call; a promise
    /// that adopts a stranger's thenable calls this in a microtask of its own and takes only the first callback.
    /// </summary>
    void Then(Action<T> onFulfilled, Action<Exception> onRejected);
}

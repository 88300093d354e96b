namespace ContinuationKatas.Promises;

/// <summary>
/// The resolving functions of one <see cref="Promise{T}"/> (JavaScript's <c>resolve</c> and <c>reject</c>) as one
/// object, which the executor of <see cref="Promise{T}(ContinuationKatas.Runtime.EventLoop, Action{PromiseResolver{T}})"/>
/// receives. Unlike an <c>Action&lt;T&gt;</c>, its <c>Resolve</c> also takes a promise, which the promise adopts.
/// </summary>
/// <remarks>
/// The first call of any of the three methods decides the promise's fate; every later call is ignored, even
/// while the promise still waits for a thenable it was resolved with (Promises/A+ 2.3.3.3.3). Calls may come
/// from the executor or later, from any callback on the promise's loop.
/// </remarks>
/// <typeparam name="T">The type of the value the promise is fulfilled with.</typeparam>
public sealed class PromiseResolver<T>
{
    private readonly Promise<T> promise;
    private bool called;

    internal PromiseResolver(Promise<T> promise) => this.promise = promise;

    /// <summary>
    /// Fulfils the promise with <paramref name="value"/>, at once; its reactions run one turn later. A value that
    /// is itself an <see cref="IThenable{T}"/> (possible when <typeparamref name="T"/> is <see cref="object"/> or an
    /// interface) is adopted, as by <see cref="Resolve(IThenable{T})"/>.
    /// </summary>
    public void Resolve(T value)
    {
        if (Lock())
        {
            promise.Resolve(value);
        }
    }

    /// <summary>
    /// Adopts <paramref name="thenable"/>: the promise settles as it does, with its value or its reason. Its
    /// <c>Then</c> is called in a microtask of its own and its callback takes one more turn, so the promise's
    /// reactions run two turns later than after <see cref="Resolve(T)"/> with a value (Node's turns: ecma262
    /// issue #2770). A pending thenable is waited for. Resolving a promise with itself rejects it with an
    /// <see cref="InvalidOperationException"/> (JavaScript's "Chaining cycle" <c>TypeError</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="thenable"/> is null; the promise stays unresolved.</exception>
    public void Resolve(IThenable<T> thenable)
    {
        ArgumentNullException.ThrowIfNull(thenable);
        if (Lock())
        {
            promise.Adopt(thenable);
        }
    }

    /// <summary>
    /// Rejects the promise with <paramref name="reason"/>, at once; its reactions run one turn later. With no
    /// reaction by then, it is reported as an unhandled rejection (see <see cref="Promise{T}"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null; the promise stays unresolved.</exception>
    public void Reject(Exception reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (Lock())
        {
            promise.Reject(reason);
        }
    }

    // JavaScript's [[AlreadyResolved]]: true after the first call, whatever it was.
    private bool Lock()
    {
        if (called)
        {
            return false;
        }

        called = true;
        return true;
    }
}

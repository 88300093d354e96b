using System.Runtime.CompilerServices;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises;

/// <summary>
/// The static side of <see cref="Promise{T}"/>: JavaScript's <c>Promise.resolve</c> and <c>Promise.reject</c>, and
/// the combinators <c>all</c>, <c>race</c>, <c>any</c> and <c>allSettled</c>, each with the loop it runs on as its
/// first argument.
/// </summary>
public static partial class Promise
{
    /// <summary>
    /// A promise fulfilled with <paramref name="value"/>, already when this returns: a <c>Then</c> on it runs one turn
    /// later. A value that is itself an <see cref="IThenable{T}"/> (possible when <typeparamref name="T"/> is
    /// <see cref="object"/> or an interface) is adopted instead, as <c>Promise.resolve</c> does.
    /// </summary>
    public static Promise<T> Resolve<T>(EventLoop loop, T value) => new(loop, (resolve, _) => resolve(value));

    /// <summary>
    /// <paramref name="promise"/> itself, as JavaScript's <c>Promise.resolve(p)</c> returns <c>p</c>: no new promise,
    /// no extra turn. <see langword="null"/> is no promise: it gives a promise fulfilled with <see langword="null"/>,
    /// like <c>Promise.resolve(null)</c> (so <c>Promise.Resolve&lt;object?&gt;(loop, null)</c> means what it says).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="promise"/> belongs to another loop.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="promise"/> is null and <typeparamref name="T"/> cannot be null.</exception>
    [OverloadResolutionPriority(1)] // a promise or a null literal takes this overload, never Resolve(loop, T value)
    public static Promise<T> Resolve<T>(EventLoop loop, Promise<T>? promise)
    {
        ArgumentNullException.ThrowIfNull(loop);
        if (promise is null)
        {
            return NullValue<T>(loop, nameof(promise));
        }

        if (promise.Loop != loop)
        {
            throw new ArgumentException("The promise belongs to another EventLoop: a promise runs its callbacks on the loop it was made on.", nameof(promise));
        }

        return promise;
    }

    /// <summary>
    /// <paramref name="thenable"/> itself if it is a <see cref="Promise{T}"/> (as <see cref="Resolve{T}(EventLoop, Promise{T})"/>);
    /// otherwise a new promise that adopts it: the thenable's <c>Then</c> is called in a microtask of its own, and
    /// only its first callback counts. A promise of another type, seen as this one through
    /// <see cref="IThenable{T}"/>'s covariance, is adopted too: C# cannot hand it back as a <c>Promise&lt;T&gt;</c>.
    /// <see langword="null"/> gives a promise fulfilled with <see langword="null"/>, as for a promise.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="thenable"/> is a promise of another loop.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="thenable"/> is null and <typeparamref name="T"/> cannot be null.</exception>
    [OverloadResolutionPriority(1)] // an object of a class that implements IThenable<T> is adopted, not made the value
    public static Promise<T> Resolve<T>(EventLoop loop, IThenable<T>? thenable) => thenable switch
    {
        null => NullValue<T>(loop, nameof(thenable)),
        Promise<T> promise => Resolve(loop, promise),
        _ => new Promise<T>(loop, resolver => resolver.Resolve(thenable)),
    };

    /// <summary>
    /// A promise rejected with <paramref name="reason"/>, already when this returns. Reported as an unhandled
    /// rejection unless a reaction is added before the current callback's microtasks have all run.
    /// </summary>
    public static Promise<T> Reject<T>(EventLoop loop, Exception reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(loop, (_, reject) => reject(reason));
    }

    // null is a value, not a promise, as in JavaScript: Promise.resolve(null) is fulfilled with null.
    private static Promise<T> NullValue<T>(EventLoop loop, string parameter) =>
        default(T) is null ? Resolve(loop, default(T)!) : throw new ArgumentNullException(parameter);
}

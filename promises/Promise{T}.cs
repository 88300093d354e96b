using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises;

/// <summary>
/// JavaScript's <c>Promise</c> on the kit's <see cref="EventLoop"/>: a value that arrives later, or the reason it
/// never will. This is the grade-2 reference of katas 04–07 in one piece; from grade 3 on it is read, not rebuilt.
/// The static side (<c>Resolve</c>, <c>Reject</c>, <c>All</c>, <c>Race</c>, <c>Any</c>, <c>AllSettled</c>) is
/// <see cref="Promise"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>When callbacks run.</b> Never inside the call that registers them or settles the promise: each one is a
/// microtask on the promise's loop, queued when the promise settles, or at once if it already has. A <em>turn</em>
/// in these docs is one such microtask. <c>Then</c> on a fulfilled promise runs its callback one turn later and
/// settles the promise it returns in that same turn, so a chain of n steps takes n turns, as in Node.
/// </para>
/// <para>
/// <b>Adoption.</b> A promise resolved with a promise or another <see cref="IThenable{T}"/> settles as that one
/// does. It costs two turns more than resolving with a value (ecma262 issue #2770): one microtask to call the
/// thenable's <c>Then</c> on a clean stack, one for the reaction that call registers.
/// </para>
/// <para>
/// <b>Unhandled rejections.</b> A promise that is rejected while it has no reaction is reported as
/// <c>unhandled rejection: {message}</c> in the loop's transcript, once the callback that rejected it and every
/// microtask after it have run, unless a reaction was added in the meantime. A reaction added after the report
/// logs <c>rejection handled: {message}</c> at the same point after its own microtasks. These are Node's
/// <c>unhandledRejection</c> and <c>rejectionHandled</c> events. Every <c>Then</c>, <c>Catch</c>,
/// <c>Finally</c>, adoption and combinator counts as a reaction.
/// </para>
/// </remarks>
/// <typeparam name="T">The type of the value the promise is fulfilled with.</typeparam>
public sealed partial class Promise<T> : IThenable<T>
{
    private List<Reaction>? reactions = [];
    private T value = default!;
    private Exception? reason;

    /// <summary>
    /// Creates a pending promise and runs <paramref name="executor"/> at once, before the constructor returns, with
    /// JavaScript's <c>resolve</c> and <c>reject</c> functions. The first call of either settles the promise (or,
    /// for a thenable value, locks it in to adopt it); later calls are ignored. If the executor throws before
    /// either was called, the promise is rejected with that exception.
    /// </summary>
    /// <param name="loop">The loop whose microtask queue runs the promise's callbacks.</param>
    /// <param name="executor">Starts the work, e.g. schedules a timer that calls <c>resolve</c>.</param>
    /// <remarks>
    /// <c>resolve</c> takes a <typeparamref name="T"/>, so it cannot be given a <c>Promise&lt;T&gt;</c> (unless
    /// <typeparamref name="T"/> is <see cref="object"/>); to resolve with a promise, use the constructor that
    /// passes a <see cref="PromiseResolver{T}"/>.
    /// </remarks>
    public Promise(EventLoop loop, Action<Action<T>, Action<Exception>> executor)
        : this(loop, Unpack(executor))
    {
    }

    /// <summary>
    /// Creates a pending promise and runs <paramref name="executor"/> at once, before the constructor returns, with
    /// the promise's <see cref="PromiseResolver{T}"/>: <c>Resolve(value)</c>, <c>Resolve(promise)</c> (adopts it, as
    /// JavaScript's <c>resolve(p)</c> does) and <c>Reject(reason)</c>. The first call settles or locks in the
    /// promise; later calls are ignored. If the executor throws before any was called, the promise is rejected
    /// with that exception.
    /// </summary>
    /// <param name="loop">The loop whose microtask queue runs the promise's callbacks.</param>
    /// <param name="executor">Starts the work and, now or later, resolves or rejects through the resolver.</param>
    public Promise(EventLoop loop, Action<PromiseResolver<T>> executor)
        : this(loop)
    {
        ArgumentNullException.ThrowIfNull(executor);
        var resolver = new PromiseResolver<T>(this);
        try
        {
            executor(resolver);
        }
        catch (Exception error)
        {
            resolver.Reject(error); // ignored if the executor had already resolved or rejected
        }
    }

    // The promise Then returns: pending, with no executor; the reaction that feeds it settles it.
    private Promise(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        Loop = loop;
    }

    /// <summary>
    /// <see cref="PromiseState.Pending"/> until settled, then fulfilled or rejected for good. A promise that has
    /// been resolved with a pending thenable is still pending: it waits for that thenable.
    /// </summary>
    public PromiseState State { get; private set; }

    /// <summary>The loop this promise belongs to: its callbacks run as microtasks there.</summary>
    internal EventLoop Loop { get; }

    /// <summary>
    /// Registers two plain callbacks, without making a new promise: one of them runs, once, one turn after this
    /// promise settles. Counts as a reaction, so a rejection it receives is handled.
    /// </summary>
    void IThenable<T>.Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        ArgumentNullException.ThrowIfNull(onRejected);
        AddReaction(new Reaction(onFulfilled, onRejected));
    }

    // The resolution procedure for a value (A+ 2.3): JavaScript looks at every value it resolves with, and so
    // do we: a value that is itself a thenable (possible when T is object or an interface) is adopted.
    internal void Resolve(T result)
    {
        if (result is IThenable<T> thenable)
        {
            Adopt(thenable);
        }
        else
        {
            Fulfil(result);
        }
    }

    internal void Adopt(IThenable<T>? thenable)
    {
        if (thenable is null)
        {
            Reject(new InvalidOperationException("A promise callback returned null where a promise was expected."));
            return;
        }

        if (ReferenceEquals(thenable, this))
        {
            // Adopting itself, the promise would wait for itself forever (A+ 2.3.1).
            Reject(new InvalidOperationException("Chaining cycle: a promise cannot be resolved with itself; it would wait for itself forever."));
            return;
        }

        // Ask the thenable in a microtask of its own, as JavaScript does (NewPromiseResolveThenableJob): a stranger's
        // Then runs on a clean stack, and ours costs the same turns as Node's. Fresh resolving functions take only
        // the thenable's first call (A+ 2.3.3.3.3); a throw after it called back is ignored (A+ 2.3.3.3.4.1).
        Loop.QueueMicrotask(() =>
        {
            var resolver = new PromiseResolver<T>(this);
            try
            {
                thenable.Then(resolver.Resolve, resolver.Reject);
            }
            catch (Exception error)
            {
                resolver.Reject(error);
            }
        });
    }

    internal void Reject(Exception error)
    {
        if (State == PromiseState.Pending)
        {
            reason = error;
            State = PromiseState.Rejected;
            Flush();
            TrackRejection();
        }
    }

    private static Action<PromiseResolver<T>> Unpack(Action<Action<T>, Action<Exception>> executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return resolver => executor(resolver.Resolve, resolver.Reject);
    }

    private void Fulfil(T result)
    {
        if (State == PromiseState.Pending)
        {
            value = result;
            State = PromiseState.Fulfilled;
            Flush();
        }
    }

    private void AddReaction(Reaction reaction)
    {
        TrackHandler();
        if (reactions is not null)
        {
            reactions.Add(reaction);
        }
        else
        {
            Queue(reaction); // already settled: later, never now (A+ 2.2.4)
        }
    }

    private void Flush()
    {
        var waiting = reactions!;
        reactions = null;
        foreach (var reaction in waiting)
        {
            Queue(reaction);
        }
    }

    private void Queue(Reaction reaction) => Loop.QueueMicrotask(() =>
    {
        if (State == PromiseState.Fulfilled)
        {
            reaction.OnFulfilled(value);
        }
        else
        {
            reaction.OnRejected(reason!);
        }
    });

    private sealed record Reaction(Action<T> OnFulfilled, Action<Exception> OnRejected);
}

using ContinuationKatas.Runtime;

namespace Katas.QuerySyntax;

/// <summary>
/// JavaScript's <c>Promise</c> on the kit's event loop, with chaining: <c>Then</c> returns a new promise for
/// what its callback returns, throws, or adopts (Promises/A+ 2.2.7 and 2.3).
/// </summary>
/// <typeparam name="T">The type of the value the promise is fulfilled with.</typeparam>
public sealed class Promise<T> : IThenable<T>
{
    private readonly EventLoop loop;
    private List<Reaction>? reactions = [];
    private T value = default!;
    private Exception? reason;

    /// <summary>Creates a pending promise and runs <paramref name="executor"/> at once with its resolve and reject functions.</summary>
    /// <param name="loop">The loop whose microtask queue runs the callbacks.</param>
    /// <param name="executor">Starts the work, e.g. schedules a timer that calls <c>resolve</c>.</param>
    public Promise(EventLoop loop, Action<Action<T>, Action<Exception>> executor)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(executor);
        this.loop = loop;
        var (resolve, reject) = ResolvingFunctions();
        try
        {
            executor(resolve, reject);
        }
        catch (Exception error)
        {
            reject(error); // ignored if the executor had already resolved or rejected
        }
    }

    // The promise Then returns: pending, with no executor; the reaction that feeds it settles it.
    private Promise(EventLoop loop) => this.loop = loop;

    /// <summary>Pending until settled; then fulfilled or rejected for good.</summary>
    public PromiseState State { get; private set; }

    /// <summary>
    /// Chains a step: the new promise is fulfilled with what the callback returns, or rejected with what it throws.
    /// Without <paramref name="onRejected"/>, a rejection passes through to the new promise unchanged.
    /// </summary>
    public Promise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        return Chain<TResult>(
            (result, next) => next.Resolve(onFulfilled(result)),
            onRejected is null ? PassReason : (error, next) => next.Resolve(onRejected(error)));
    }

    /// <summary>Chains a step whose callback returns a promise: the new promise adopts it (it does not nest it).</summary>
    public Promise<TResult> Then<TResult>(Func<T, Promise<TResult>> onFulfilled, Func<Exception, Promise<TResult>>? onRejected = null) =>
        ThenAdopting(onFulfilled, onRejected); // Func is covariant: a Func returning Promise is a Func returning IThenable

    /// <summary>Chains a step whose callback returns any thenable: the new promise adopts its state (A+ 2.3.3).</summary>
    public Promise<TResult> Then<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected = null) =>
        ThenAdopting(onFulfilled, onRejected);

    /// <summary>Chains a step that returns nothing (C#'s <c>void</c>); the new promise is fulfilled with <see langword="null"/>.</summary>
    public Promise<object?> Then(Action<T> onFulfilled, Action<Exception>? onRejected = null)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);

        // Typed delegates pick the value overload: a bare `_ => null` would also fit the adopting ones.
        Func<T, object?> fulfilled = result =>
        {
            onFulfilled(result);
            return null;
        };
        Func<Exception, object?>? rejected = onRejected is null ? null : error =>
        {
            onRejected(error);
            return null;
        };
        return Then(fulfilled, rejected);
    }

    /// <summary>
    /// Handles a rejection: the new promise is fulfilled with what <paramref name="onRejected"/> returns. A value
    /// passes through untouched. JavaScript's <c>catch(f)</c>, which is <c>then(undefined, f)</c>.
    /// </summary>
    public Promise<T> Catch(Func<Exception, T> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onRejected);
        return Chain<T>((result, next) => next.Resolve(result), (error, next) => next.Resolve(onRejected(error)));
    }

    /// <summary>
    /// Runs <paramref name="onFinally"/> once the promise settles, either way, and passes the outcome on
    /// unchanged; if <paramref name="onFinally"/> throws, that exception replaces the outcome.
    /// </summary>
    public Promise<T> Finally(Action onFinally)
    {
        ArgumentNullException.ThrowIfNull(onFinally);

        // The outcome is handed on through an already settled promise, which the new promise adopts, rather than
        // returned (or rethrown) directly. The result is the same; the detour costs as many microtask turns as
        // JavaScript's finally does, so transcripts match Node's even where chains interleave.
        return Then<T>(
            result =>
            {
                onFinally();
                return Settled(result, null);
            },
            error =>
            {
                onFinally();
                return Settled(default!, error);
            });
    }

    /// <inheritdoc />
    void IThenable<T>.Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        ArgumentNullException.ThrowIfNull(onRejected);
        AddReaction(new Reaction(onFulfilled, onRejected));
    }

    private static void PassReason<TResult>(Exception error, Promise<TResult> next) => next.Reject(error);

    private Promise<TResult> ThenAdopting<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        return Chain<TResult>(
            (result, next) => next.Adopt(onFulfilled(result)),
            onRejected is null ? PassReason : (error, next) => next.Adopt(onRejected(error)));
    }

    // Every Then, Catch and Finally is this: a new pending promise, and a reaction that runs one of the two
    // steps and lets it settle the new promise. A step that throws rejects it (A+ 2.2.7.2).
    private Promise<TResult> Chain<TResult>(Action<T, Promise<TResult>> onFulfilled, Action<Exception, Promise<TResult>> onRejected)
    {
        var next = new Promise<TResult>(loop);
        AddReaction(new Reaction(
            result => Step(next, () => onFulfilled(result, next)),
            error => Step(next, () => onRejected(error, next))));
        return next;
    }

    private static void Step<TResult>(Promise<TResult> next, Action step)
    {
        try
        {
            step();
        }
        catch (Exception error)
        {
            next.Reject(error);
        }
    }

    // A fresh pair of resolve/reject functions sharing one "already called" flag: the first call wins, later calls
    // are ignored (A+ 2.3.3.3.3). Once resolve has handed the promise to a thenable, the promise is locked in
    // even though it is still pending.
    private (Action<T> Resolve, Action<Exception> Reject) ResolvingFunctions()
    {
        var called = false;
        return (
            result =>
            {
                if (!called)
                {
                    called = true;
                    Resolve(result);
                }
            },
            error =>
            {
                if (!called)
                {
                    called = true;
                    Reject(error);
                }
            });
    }

    // The resolution procedure for a value (A+ 2.3): JavaScript looks at every value it resolves with, and so
    // do we: a value that is itself a thenable (possible when T is object or an interface) is adopted.
    private void Resolve(T result)
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

    private void Adopt(IThenable<T>? thenable)
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
        // Then runs on a clean stack, and ours costs the same turns as Node's. A throw after it called back is ignored.
        loop.QueueMicrotask(() =>
        {
            var (resolve, reject) = ResolvingFunctions();
            try
            {
                thenable.Then(resolve, reject);
            }
            catch (Exception error)
            {
                reject(error);
            }
        });
    }

    private Promise<T> Settled(T result, Exception? error)
    {
        var settled = new Promise<T>(loop);
        if (error is null)
        {
            settled.Fulfil(result);
        }
        else
        {
            settled.Reject(error);
        }

        return settled;
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

    private void Reject(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (State == PromiseState.Pending)
        {
            reason = error;
            State = PromiseState.Rejected;
            Flush();
        }
    }

    private void AddReaction(Reaction reaction)
    {
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

    private void Queue(Reaction reaction) => loop.QueueMicrotask(() =>
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

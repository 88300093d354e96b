using ContinuationKatas.Runtime;

namespace Katas.Chaining;

/// <summary>
/// JavaScript's <c>Promise</c> on the kit's event loop, with chaining: <c>Then</c> returns a new promise for
/// what its callback returns, throws, or adopts (Promises/A+ 2.2.7 and 2.3).
/// </summary>
/// <remarks>
/// The core below is kata 04's solution (settle once, callbacks as microtasks in order). If you prefer your own,
/// paste it in; keep the names <c>Fulfil</c>, <c>Reject</c> and <c>AddReaction</c> or adapt the TODOs.
/// </remarks>
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

        // TODO: step 3 — resolve must run the resolution procedure, not just Fulfil: a value that is itself an
        // IThenable<T> is adopted, and only the first call of resolve or reject counts.
        try
        {
            executor(Fulfil, Reject);
        }
        catch (Exception error)
        {
            Reject(error);
        }
    }

    /// <summary>Pending until settled; then fulfilled or rejected for good.</summary>
    public PromiseState State { get; private set; }

    /// <summary>
    /// Chains a step: the new promise is fulfilled with what the callback returns, or rejected with what it throws.
    /// Without <paramref name="onRejected"/>, a rejection passes through to the new promise unchanged.
    /// </summary>
    public Promise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null)
    {
        // TODO: step 1 — create a new pending Promise<TResult> (add a private constructor that takes only the loop),
        // register a reaction whose two callbacks run onFulfilled or onRejected and fulfil the new promise with the
        // result, reject it if the callback throws, and pass the reason on when onRejected is null. Return it.
        throw new NotSolvedYetException("Kata 05 (chaining), step 1: make Promise.Then return a new promise, fulfilled with what the callback returns and rejected with what it throws.");
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
        // TODO: step 2 — like Then, but a value passes through to the new promise and only a rejection runs the callback.
        throw new NotSolvedYetException("Kata 05 (chaining), step 2: make Promise.Catch pass a value through and turn a rejection into what onRejected returns.");
    }

    /// <summary>
    /// Runs <paramref name="onFinally"/> once the promise settles, either way, and passes the outcome on
    /// unchanged; if <paramref name="onFinally"/> throws, that exception replaces the outcome.
    /// </summary>
    public Promise<T> Finally(Action onFinally)
    {
        // TODO: step 4 — a Then whose two callbacks both run onFinally and then hand the original value or reason on.
        throw new NotSolvedYetException("Kata 05 (chaining), step 4: make Promise.Finally run its callback either way and pass the value or the reason on.");
    }

    /// <inheritdoc />
    void IThenable<T>.Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        ArgumentNullException.ThrowIfNull(onRejected);
        AddReaction(new Reaction(onFulfilled, onRejected));
    }

    private Promise<TResult> ThenAdopting<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected)
    {
        // TODO: step 3 — like Then, but the new promise adopts the returned thenable: reject it when the thenable is
        // the new promise itself; otherwise, in a microtask, call thenable.Then with a resolve and a reject of the
        // new promise of which only the first call counts (a throw after it is ignored).
        throw new NotSolvedYetException("Kata 05 (chaining), step 3: make Then adopt a promise or thenable that its callback returns.");
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

using ContinuationKatas.Runtime;

namespace Katas.Combinators;

/// <summary>
/// JavaScript's <c>Promise</c> on the kit's event loop: kata 05's chaining promise, which also reports rejections
/// that nobody handles, the way Node does. The static side (All, Race, Any, AllSettled) is <see cref="Promise"/>.
/// </summary>
/// <typeparam name="T">The type of the value the promise is fulfilled with.</typeparam>
public sealed partial class Promise<T> : IThenable<T>
{
    private readonly EventLoop loop;
    private List<Reaction>? reactions = [];
    private T value = default!;
    private Exception? reason;

    // Has anybody ever registered a reaction (Then, Catch, Finally, await-like adoption, a combinator)?
    private bool handled;

    // TODO: step 5 — a field that remembers whether this promise was reported as an unhandled rejection.

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

    /// <inheritdoc />
    void IThenable<T>.Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onFulfilled);
        ArgumentNullException.ThrowIfNull(onRejected);
        AddReaction(new Reaction(onFulfilled, onRejected));
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
            TrackRejection();
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

    // Called when the promise is rejected. Node's rule: a rejection is unhandled if nobody has handled it once the
    // callback that rejected it and all the microtasks after it have run.
    private void TrackRejection()
    {
        if (handled)
        {
            return;
        }

        // TODO: step 5 — check again once the microtasks have run out (loop.AfterMicrotasks runs a callback just then);
        // if still nobody handles the promise, remember that it was reported and log "unhandled rejection: " + reason.Message.
        throw new NotSolvedYetException("Kata 06 (combinators), step 5: in Promise.TrackRejection, report a rejection that is still unhandled once the microtasks have run out.");
    }

    // Called whenever a reaction is added (Then, Catch, Finally, adoption, a combinator).
    private void TrackHandler()
    {
        if (handled)
        {
            return;
        }

        handled = true;

        // TODO: step 5 — if this promise was reported as unhandled, log "rejection handled: " + reason.Message, as Node
        // does: not now, but once the microtasks that follow have run (loop.AfterMicrotasks again).
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

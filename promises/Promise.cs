using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises;

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
    // And was this promise reported as an unhandled rejection?
    private bool handled;
    private bool reported;

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

    // Node's rule: a rejection is unhandled if nobody has handled it once the callback that rejected it and all
    // the microtasks after it have run. AfterMicrotasks runs the check just then, before the loop takes any other
    // timer (even one due at the same time); a handler added in the meantime, even several microtasks later,
    // cancels the report.
    private void TrackRejection()
    {
        if (!handled)
        {
            loop.AfterMicrotasks(ReportIfUnhandled);
        }
    }

    private void ReportIfUnhandled()
    {
        if (!handled)
        {
            reported = true;
            loop.Log($"unhandled rejection: {reason!.Message}");
        }
    }

    // The first handler of a promise that was already reported: Node says so too, after the microtasks that
    // follow (its 'rejectionHandled' event), so the report waits for the same moment: AfterMicrotasks.
    private void TrackHandler()
    {
        if (handled)
        {
            return;
        }

        handled = true;
        if (reported)
        {
            loop.AfterMicrotasks(() => loop.Log($"rejection handled: {reason!.Message}"));
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

using ContinuationKatas.Runtime;

namespace Katas.PromiseCore;

/// <summary>
/// A value that arrives later, or a reason why it never will: JavaScript's <c>Promise</c>, built on the kit's
/// event loop. It settles once; the callbacks given to <see cref="Then"/> run later, as microtasks.
/// </summary>
/// <typeparam name="T">The type of the value the promise is fulfilled with.</typeparam>
public sealed class Promise<T>
{
    private readonly EventLoop loop;

    // Callbacks registered while the promise was pending, in registration order. They are queued
    // (not called) when it settles, and then forgotten: each runs at most once.
    private List<Reaction>? reactions = [];
    private T value = default!;
    private Exception? reason;

    /// <summary>
    /// Creates a pending promise and runs <paramref name="executor"/> at once, handing it the two functions that
    /// settle the promise: <c>resolve(value)</c> and <c>reject(reason)</c>.
    /// </summary>
    /// <param name="loop">The loop whose microtask queue runs the callbacks.</param>
    /// <param name="executor">Starts the work, e.g. schedules a timer that calls <c>resolve</c>.</param>
    public Promise(EventLoop loop, Action<Action<T>, Action<Exception>> executor)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(executor);
        this.loop = loop;

        // The executor runs synchronously, before the constructor returns: a promise is not lazy.
        // If it throws before settling, the exception becomes the reason, as in JavaScript.
        try
        {
            executor(Fulfil, Reject);
        }
        catch (Exception error)
        {
            Reject(error);
        }
    }

    /// <summary>Pending until <c>resolve</c> or <c>reject</c> is first called; then fulfilled or rejected for good.</summary>
    public PromiseState State { get; private set; }

    /// <summary>
    /// Registers callbacks for when the promise settles: <paramref name="onFulfilled"/> with the value, or
    /// <paramref name="onRejected"/> with the reason. Either may be <see langword="null"/>. They run as microtasks,
    /// never before this method returns, at most once, and in the order <c>Then</c> was called.
    /// </summary>
    public void Then(Action<T>? onFulfilled, Action<Exception>? onRejected = null)
    {
        var reaction = new Reaction(onFulfilled, onRejected);
        if (reactions is not null)
        {
            reactions.Add(reaction);
        }
        else
        {
            // Already settled: still not now. Calling back synchronously here would make the order of
            // the caller's own code depend on timing (Promises/A+ 2.2.4).
            Queue(reaction);
        }
    }

    private void Fulfil(T result)
    {
        if (State != PromiseState.Pending)
        {
            return; // settle once: later calls are ignored, not errors (A+ 2.1.2)
        }

        value = result;
        State = PromiseState.Fulfilled;
        Flush();
    }

    private void Reject(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (State != PromiseState.Pending)
        {
            return;
        }

        reason = error;
        State = PromiseState.Rejected;
        Flush();
    }

    private void Flush()
    {
        var waiting = reactions!;
        reactions = null; // from now on Then queues directly; the list has done its job
        foreach (var reaction in waiting)
        {
            Queue(reaction);
        }
    }

    private void Queue(Reaction reaction)
    {
        // One microtask per callback, queued in registration order: the loop runs them in that order,
        // after the current callback and before any timer.
        loop.QueueMicrotask(() =>
        {
            if (State == PromiseState.Fulfilled)
            {
                reaction.OnFulfilled?.Invoke(value);
            }
            else
            {
                reaction.OnRejected?.Invoke(reason!);
            }
        });
    }

    private sealed record Reaction(Action<T>? OnFulfilled, Action<Exception>? OnRejected);
}

using ContinuationKatas.Runtime;
using Katas.Chaining;
using Katas.Chaining.Tests.PromisesAplus;

namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>
/// A small promise written to be broken on purpose: with <see cref="Mutation.None"/> it keeps every Promises/A+
/// rule, and each other <see cref="Mutation"/> switches off exactly one safeguard, the way real bugs do.
/// The mutant tests check that the rule tests notice.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class MutantPromise<T> : ITestPromise<T>, IThenable<T>
{
    private readonly EventLoop loop;
    private readonly Mutation mutation;
    private readonly List<(Action<T> OnFulfilled, Action<Exception> OnRejected)> waiting = [];
    private PromiseState state;
    private T value = default!;
    private Exception? reason;

    /// <summary>Creates a pending promise.</summary>
    public MutantPromise(EventLoop loop, Mutation mutation)
    {
        this.loop = loop;
        this.mutation = mutation;
    }

    /// <inheritdoc />
    public IThenable<T> Thenable => this;

    /// <summary>A resolve/reject pair of which only the first call counts (unless the mutant settles twice).</summary>
    public (Action<T> Resolve, Action<Exception> Reject) ResolvingFunctions()
    {
        var called = false;
        bool First()
        {
            var first = !called || mutation == Mutation.SettlesTwice;
            called = true;
            return first;
        }

        return (result => { if (First()) { Resolve(result); } }, error => { if (First()) { Reject(error); } });
    }

    /// <inheritdoc />
    public ITestPromise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null) =>
        Chain<TResult>(
            (result, next) => next.Resolve(onFulfilled(result)),
            (error, next) =>
            {
                if (onRejected is null)
                {
                    next.Reject(error);
                }
                else
                {
                    next.Resolve(onRejected(error));
                }
            });

    /// <inheritdoc />
    public ITestPromise<TResult> ThenAdopting<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected = null) =>
        Chain<TResult>(
            (result, next) => next.Adopt(onFulfilled(result)),
            (error, next) =>
            {
                if (onRejected is null)
                {
                    next.Reject(error);
                }
                else
                {
                    next.Adopt(onRejected(error));
                }
            });

    /// <inheritdoc />
    public ITestPromise<T> Catch(Func<Exception, T> onRejected) =>
        Chain<T>((result, next) => next.Resolve(result), (error, next) => next.Resolve(onRejected(error)));

    /// <inheritdoc />
    public void Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        if (state == PromiseState.Pending)
        {
            waiting.Add((onFulfilled, onRejected));
        }
        else
        {
            Dispatch((onFulfilled, onRejected));
        }
    }

    private MutantPromise<TResult> Chain<TResult>(Action<T, MutantPromise<TResult>> onFulfilled, Action<Exception, MutantPromise<TResult>> onRejected)
    {
        var next = new MutantPromise<TResult>(loop, mutation);
        Then(
            result => Guard(next, () => onFulfilled(result, next)),
            error => Guard(next, () => onRejected(error, next)));
        return next;
    }

    private static void Guard<TResult>(MutantPromise<TResult> next, Action step)
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

    private void Resolve(T result)
    {
        if (mutation != Mutation.NoAdoption && result is IThenable<T> thenable)
        {
            Adopt(thenable);
        }
        else
        {
            Fulfil(result);
        }
    }

    private void Adopt(IThenable<T> thenable)
    {
        if (mutation == Mutation.NoAdoption)
        {
            // The bug: the returned promise is taken as the value itself, without waiting for it.
            Fulfil(thenable is T itself ? itself : default!);
            return;
        }

        if (ReferenceEquals(thenable, this))
        {
            Reject(new InvalidOperationException("Chaining cycle: a promise cannot be resolved with itself."));
            return;
        }

        loop.QueueMicrotask(() =>
        {
            var (resolve, reject) = ResolvingFunctions();
            try
            {
                thenable.Then(resolve, reject);
            }
            catch (Exception error)
            {
                if (mutation != Mutation.ThrowDecidesByState)
                {
                    reject(error);
                }
                else if (state == PromiseState.Pending)
                {
                    Reject(error); // the bug: "still pending" is not "nothing was called yet" while adopting
                }
            }
        });
    }

    private void Fulfil(T result)
    {
        if (state == PromiseState.Pending || mutation == Mutation.SettlesTwice)
        {
            value = result;
            state = PromiseState.Fulfilled;
            Flush();
        }
    }

    private void Reject(Exception error)
    {
        if (state == PromiseState.Pending || mutation == Mutation.SettlesTwice)
        {
            reason = error;
            state = PromiseState.Rejected;
            Flush();
        }
    }

    private void Flush()
    {
        var reactions = waiting.ToList();
        waiting.Clear();
        foreach (var reaction in reactions)
        {
            Dispatch(reaction);
        }
    }

    private void Dispatch((Action<T> OnFulfilled, Action<Exception> OnRejected) reaction)
    {
        void Run()
        {
            if (state == PromiseState.Fulfilled)
            {
                reaction.OnFulfilled(value);
            }
            else
            {
                reaction.OnRejected(reason!);
            }
        }

        if (mutation == Mutation.Synchronous)
        {
            Run(); // the bug: the callback runs inside Then, resolve or reject
        }
        else
        {
            loop.QueueMicrotask(Run);
        }
    }
}

using ContinuationKatas.Runtime;

namespace Katas.Combinators;

/// <summary>
/// The static side of <see cref="Promise{T}"/>, JavaScript's <c>Promise.resolve</c>, <c>reject</c>, <c>all</c>,
/// <c>race</c>, <c>any</c> and <c>allSettled</c>: each takes promises (any <see cref="IThenable{T}"/>) and returns one.
/// </summary>
public static class Promise
{
    /// <summary>A promise fulfilled with <paramref name="value"/>.</summary>
    public static Promise<T> Resolve<T>(EventLoop loop, T value) => new(loop, (resolve, _) => resolve(value));

    /// <summary>A promise rejected with <paramref name="reason"/>.</summary>
    public static Promise<T> Reject<T>(EventLoop loop, Exception reason) => new(loop, (_, reject) => reject(reason));

    /// <summary>
    /// Fulfilled with every value, in argument order, once all are fulfilled; rejected with the first reason as
    /// soon as one is rejected. Nothing given: fulfilled at once with an empty array.
    /// </summary>
    public static Promise<T[]> All<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);
        return new Promise<T[]>(loop, (resolve, reject) =>
        {
            // Slots, not arrival order, decide the order of the values; a countdown decides when all are in.
            // The first reject wins and later calls are ignored: resolve and reject settle once.
            var values = new T[promises.Length];
            var remaining = promises.Length;
            if (remaining == 0)
            {
                resolve(values);
            }

            for (var i = 0; i < promises.Length; i++)
            {
                var slot = i;
                FirstCallOnly(
                    promises[i],
                    value =>
                    {
                        values[slot] = value;
                        if (--remaining == 0)
                        {
                            resolve(values);
                        }
                    },
                    reject);
            }
        });
    }

    /// <summary>Settles like the first of <paramref name="promises"/> to settle. Nothing given: pending forever, as in JavaScript.</summary>
    public static Promise<T> Race<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);

        // Everybody gets the same resolve and reject; settle-once makes the first caller the winner, and ignores a
        // stranger's thenable that calls back a second time.
        return new Promise<T>(loop, (resolve, reject) =>
        {
            foreach (var promise in promises)
            {
                promise.Then(resolve, reject);
            }
        });
    }

    /// <summary>
    /// Fulfilled with the first value to arrive; rejected, once all are rejected, with an <see cref="AggregateException"/>
    /// of every reason in argument order (JavaScript's AggregateError). Nothing given: rejected at once.
    /// </summary>
    public static Promise<T> Any<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);

        // All's mirror image: the reasons are collected in slots, and the first value wins.
        return new Promise<T>(loop, (resolve, reject) =>
        {
            var reasons = new Exception[promises.Length];
            var remaining = promises.Length;
            if (remaining == 0)
            {
                reject(AllRejected(reasons));
            }

            for (var i = 0; i < promises.Length; i++)
            {
                var slot = i;
                FirstCallOnly(
                    promises[i],
                    resolve,
                    reason =>
                    {
                        reasons[slot] = reason;
                        if (--remaining == 0)
                        {
                            reject(AllRejected(reasons));
                        }
                    });
            }
        });
    }

    /// <summary>Fulfilled, once all have settled, with how each one ended, in argument order. Never rejected.</summary>
    public static Promise<SettledResult<T>[]> AllSettled<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(promises);
        return new Promise<SettledResult<T>[]>(loop, (resolve, _) =>
        {
            var results = new SettledResult<T>[promises.Length];
            var remaining = promises.Length;
            if (remaining == 0)
            {
                resolve(results);
            }

            for (var i = 0; i < promises.Length; i++)
            {
                var slot = i;
                void Settled(SettledResult<T> result)
                {
                    results[slot] = result;
                    if (--remaining == 0)
                    {
                        resolve(results);
                    }
                }

                FirstCallOnly(
                    promises[i],
                    value => Settled(new SettledResult<T>(PromiseState.Fulfilled, value, null)),
                    reason => Settled(new SettledResult<T>(PromiseState.Rejected, default, reason)));
            }
        });
    }

    private static AggregateException AllRejected(Exception[] reasons) => new("All promises were rejected", reasons);

    // Each input counts once. A promise of ours calls back once, but a stranger's thenable may call back twice, or
    // both ways; JavaScript's combinators take only the first call per input (they adopt each input first, with
    // resolving functions of which only the first call counts), and so do these: a slot is filled, and the count goes
    // down, once per input.
    private static void FirstCallOnly<T>(IThenable<T> input, Action<T> onFulfilled, Action<Exception> onRejected)
    {
        var called = false;
        input.Then(
            value =>
            {
                if (!called)
                {
                    called = true;
                    onFulfilled(value);
                }
            },
            reason =>
            {
                if (!called)
                {
                    called = true;
                    onRejected(reason);
                }
            });
    }
}

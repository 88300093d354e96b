using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises;

/// <summary>The combinators of <see cref="Promise"/>: one promise made of many, as JavaScript's <c>Promise.all</c> and friends.</summary>
/// <remarks>
/// Each input goes through <c>Promise.Resolve</c> first, as in JavaScript: a promise of ours is used as it is (its
/// outcome reaches the combinator one turn after it settles), a stranger's thenable is wrapped in a new promise
/// that adopts it, so its <c>Then</c> is called in a microtask of its own and only its first callback counts.
/// Every input gets a reaction, so none of their rejections is reported as unhandled; the combined promise's own
/// rejection is, if nothing is chained to it.
/// </remarks>
public static partial class Promise
{
    /// <summary>
    /// Fulfilled with every value, in argument order (not arrival order), once all are fulfilled; rejected with
    /// the first reason as soon as one is rejected. Nothing given: fulfilled at once with an empty array.
    /// </summary>
    /// <exception cref="ArgumentException">One of <paramref name="promises"/> is null.</exception>
    public static Promise<T[]> All<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        var inputs = Checked(loop, promises);
        return new Promise<T[]>(loop, (resolve, reject) =>
        {
            // Slots decide the order of the values; a countdown decides when all are in. The first reject wins
            // and later calls are ignored: resolve and reject settle once.
            var values = new T[inputs.Length];
            var remaining = inputs.Length;
            if (remaining == 0)
            {
                resolve(values);
            }

            for (var i = 0; i < inputs.Length; i++)
            {
                var slot = i;
                AsPromise(loop, inputs[i]).Then(
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

    /// <summary>
    /// Settles like the first of <paramref name="promises"/> to settle, one turn after it does. Nothing given:
    /// pending forever, as in JavaScript.
    /// </summary>
    /// <exception cref="ArgumentException">One of <paramref name="promises"/> is null.</exception>
    public static Promise<T> Race<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        var inputs = Checked(loop, promises);

        // Everybody gets the same resolve and reject; settle-once makes the first caller the winner.
        return new Promise<T>(loop, (resolve, reject) =>
        {
            foreach (var input in inputs)
            {
                AsPromise(loop, input).Then(resolve, reject);
            }
        });
    }

    /// <summary>
    /// Fulfilled with the first value to arrive; rejected, once all are rejected, with an <see cref="AggregateException"/>
    /// of every reason in argument order (JavaScript's <c>AggregateError</c>, whose <c>errors</c> are
    /// <see cref="AggregateException.InnerExceptions"/>). Nothing given: rejected at once.
    /// </summary>
    /// <exception cref="ArgumentException">One of <paramref name="promises"/> is null.</exception>
    public static Promise<T> Any<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        var inputs = Checked(loop, promises);

        // All's mirror image: the reasons are collected in slots, and the first value wins.
        return new Promise<T>(loop, (resolve, reject) =>
        {
            var reasons = new Exception[inputs.Length];
            var remaining = inputs.Length;
            if (remaining == 0)
            {
                reject(AllRejected(reasons));
            }

            for (var i = 0; i < inputs.Length; i++)
            {
                var slot = i;
                AsPromise(loop, inputs[i]).Then(
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

    /// <summary>
    /// Fulfilled, once all have settled, with how each one ended, in argument order. Never rejected. Nothing
    /// given: fulfilled at once with an empty array.
    /// </summary>
    /// <exception cref="ArgumentException">One of <paramref name="promises"/> is null.</exception>
    public static Promise<SettledResult<T>[]> AllSettled<T>(EventLoop loop, params IThenable<T>[] promises)
    {
        var inputs = Checked(loop, promises);
        return new Promise<SettledResult<T>[]>(loop, (resolve, _) =>
        {
            var results = new SettledResult<T>[inputs.Length];
            var remaining = inputs.Length;
            if (remaining == 0)
            {
                resolve(results);
            }

            for (var i = 0; i < inputs.Length; i++)
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

                AsPromise(loop, inputs[i]).Then(
                    value => Settled(new SettledResult<T>(PromiseState.Fulfilled, value, null)),
                    reason => Settled(new SettledResult<T>(PromiseState.Rejected, default, reason)));
            }
        });
    }

    private static AggregateException AllRejected(Exception[] reasons) => new("All promises were rejected", reasons);

    private static IThenable<T>[] Checked<T>(EventLoop loop, IThenable<T>[] promises)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(promises);
        var missing = Array.IndexOf(promises, null);
        return missing < 0
            ? promises
            : throw new ArgumentException($"promises[{missing}] is null: every input must be a promise or a thenable.", nameof(promises));
    }

    // JavaScript's C.resolve(input), called for each input just before its then, as Promise.all does. A promise
    // of ours stays as it is, whatever its T (seen through IThenable's covariance it is still the same promise);
    // anything else is adopted by a new promise, whose settle-once resolving functions keep a thenable that calls
    // back twice from filling a slot twice.
    private static IThenable<T> AsPromise<T>(EventLoop loop, IThenable<T> input) =>
        input.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Promise<>) ? input : Resolve(loop, input);
}

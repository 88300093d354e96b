namespace ContinuationKatas.Promises;

/// <summary>The <c>Finally</c> of <see cref="Promise{T}"/>: JavaScript's <c>finally</c>, which may return a promise to wait for.</summary>
public sealed partial class Promise<T>
{
    /// <summary>
    /// Runs <paramref name="onFinally"/> one turn after this promise settles, either way, and passes the outcome
    /// on unchanged; if <paramref name="onFinally"/> throws, that exception replaces the outcome. Passing the
    /// outcome on costs what JavaScript's <c>finally</c> costs: the new promise settles in the third turn after the
    /// callback's, so a <c>Then</c> on it runs four turns after this promise settles.
    /// </summary>
    /// <returns>A new promise. A reason passed on is reported as unhandled if nothing is chained to it.</returns>
    public Promise<T> Finally(Action onFinally)
    {
        ArgumentNullException.ThrowIfNull(onFinally);

        // JavaScript treats a callback that returns nothing as one that returns a fulfilled promise
        // (PromiseResolve(undefined)): the same code path, and the same turns.
        return Finally(() =>
        {
            onFinally();
            return Promise.Resolve<object?>(Loop, null);
        });
    }

    /// <summary>
    /// Runs <paramref name="onFinally"/> one turn after this promise settles, either way, and waits for the promise
    /// (or thenable) it returns. When that one is fulfilled, its value is ignored and this promise's outcome passes
    /// on unchanged; when it is rejected, its reason replaces the outcome; if <paramref name="onFinally"/> throws,
    /// that exception does. As in JavaScript: <c>p.finally(() =&gt; other)</c>.
    /// </summary>
    /// <remarks>
    /// Turns, as in Node: with an already fulfilled promise returned, the same as <see cref="Finally(Action)"/>;
    /// with a pending one, the new promise settles two turns after the returned one does. Returning
    /// <see langword="null"/> counts as returning nothing. A lambda that returns nothing, or only throws, binds to
    /// <see cref="Finally(Action)"/>.
    /// </remarks>
    /// <typeparam name="TResult">The type of the returned promise's value, which is ignored.</typeparam>
    public Promise<T> Finally<TResult>(Func<IThenable<TResult>> onFinally)
    {
        ArgumentNullException.ThrowIfNull(onFinally);
        return Then<T>(
            result => AfterFinally(onFinally(), result, null),
            error => AfterFinally(onFinally(), default!, error));
    }

    // JavaScript's thenFinally and catchFinally: PromiseResolve what the callback returned, then hand on the
    // original outcome (or its rejection) through a step of its own. The chain adopts the promise this returns.
    private Promise<T> AfterFinally<TResult>(IThenable<TResult>? returned, T result, Exception? error)
    {
        if (returned is null)
        {
            return AfterFinally(Promise.Resolve<object?>(Loop, null), result, error); // null is nothing, whatever TResult is
        }

        var waited = Promise.Resolve(Loop, returned);
        return waited.Chain<T>(
            (_, next) =>
            {
                if (error is null)
                {
                    next.Resolve(result);
                }
                else
                {
                    next.Reject(error);
                }
            },
            PassReason);
    }
}

using ContinuationKatas.Runtime;

namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>Runs the Promises/A+ rule tests against the kata's <see cref="Promise{T}"/>.</summary>
public sealed class ChainingAdapter : IPromiseAdapter
{
    /// <inheritdoc />
    public IDeferred<T> Deferred<T>(EventLoop loop) => new KataDeferred<T>(loop);

    private sealed class KataDeferred<T> : IDeferred<T>
    {
        private readonly Action<T> resolve;
        private readonly Action<Exception> reject;

        public KataDeferred(EventLoop loop)
        {
            Action<T>? keptResolve = null;
            Action<Exception>? keptReject = null;
            var promise = new Promise<T>(loop, (resolve, reject) =>
            {
                keptResolve = resolve;
                keptReject = reject;
            });
            resolve = keptResolve ?? throw new InvalidOperationException("The Promise constructor did not run the executor at once.");
            reject = keptReject!;
            Promise = new Adapted<T>(promise);
        }

        public ITestPromise<T> Promise { get; }

        public void Resolve(T value) => resolve(value);

        public void Reject(Exception reason) => reject(reason);
    }

    private sealed class Adapted<T>(Promise<T> promise) : ITestPromise<T>
    {
        public IThenable<T> Thenable => promise;

        public ITestPromise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null) =>
            new Adapted<TResult>(promise.Then(onFulfilled, onRejected));

        public ITestPromise<TResult> ThenAdopting<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected = null) =>
            new Adapted<TResult>(promise.Then(onFulfilled, onRejected));

        public ITestPromise<T> Catch(Func<Exception, T> onRejected) => new Adapted<T>(promise.Catch(onRejected));
    }
}

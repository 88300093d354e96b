using ContinuationKatas.Runtime;
using Katas.Chaining.Tests.PromisesAplus;

namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>Hands the rule tests <see cref="MutantPromise{T}"/>s with one <see cref="Mutation"/>.</summary>
public sealed class MutantAdapter(Mutation mutation) : IPromiseAdapter
{
    /// <inheritdoc />
    public IDeferred<T> Deferred<T>(EventLoop loop) => new MutantDeferred<T>(new MutantPromise<T>(loop, mutation));

    private sealed class MutantDeferred<T>(MutantPromise<T> promise) : IDeferred<T>
    {
        private readonly (Action<T> Resolve, Action<Exception> Reject) settle = promise.ResolvingFunctions();

        public ITestPromise<T> Promise => promise;

        public void Resolve(T value) => settle.Resolve(value);

        public void Reject(Exception reason) => settle.Reject(reason);
    }
}

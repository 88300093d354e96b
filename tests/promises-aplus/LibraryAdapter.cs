using ContinuationKatas.Runtime;
using Katas.Chaining.Tests.PromisesAplus;
using KataThenable = Katas.Chaining;
using Library = ContinuationKatas.Promises;

namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>
/// Hands the rule tests the kit's promise library (promises/). The rule tests speak kata 05's <c>IThenable</c>, the
/// library its own: every thenable crossing over (returned, or passed as a value when T is object) is wrapped, and
/// the library's own promise is handed back unwrapped, so the rules about "x is a promise" (A+ 2.3.1, 2.3.2) meet
/// the library's promise itself.
/// </summary>
public sealed class LibraryAdapter : IPromiseAdapter
{
    /// <inheritdoc />
    public IDeferred<T> Deferred<T>(EventLoop loop) => new LibraryDeferred<T>(loop);

    private static Library.IThenable<T> ToLibrary<T>(KataThenable.IThenable<T>? thenable) => thenable switch
    {
        null => null!, // the library rejects a null result itself (A+ 2.3.3.4 is about plain values, not null)
        Adapted<T> adapted => adapted.Promise,
        _ => new Bridge<T>(thenable),
    };

    // A value that is a thenable (possible when T is object) must reach the library as one of its own thenables.
    private static T ToLibraryValue<T>(T value) =>
        value is KataThenable.IThenable<T> thenable && ToLibrary(thenable) is T translated ? translated : value;

    private sealed class LibraryDeferred<T> : IDeferred<T>
    {
        private readonly Library.PromiseResolver<T> resolver;

        public LibraryDeferred(EventLoop loop)
        {
            Library.PromiseResolver<T>? kept = null;
            var promise = new Library.Promise<T>(loop, executor => kept = executor);
            resolver = kept ?? throw new InvalidOperationException("The Promise constructor did not run the executor at once.");
            Promise = new Adapted<T>(promise);
        }

        public ITestPromise<T> Promise { get; }

        public void Resolve(T value) => resolver.Resolve(ToLibraryValue(value));

        public void Reject(Exception reason) => resolver.Reject(reason);
    }

    private sealed class Adapted<T>(Library.Promise<T> promise) : ITestPromise<T>, KataThenable.IThenable<T>
    {
        public Library.Promise<T> Promise => promise;

        public KataThenable.IThenable<T> Thenable => this;

        public ITestPromise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null) =>
            new Adapted<TResult>(promise.Then(
                value => ToLibraryValue(onFulfilled(value)),
                onRejected is null ? null : error => ToLibraryValue(onRejected(error))));

        public ITestPromise<TResult> ThenAdopting<TResult>(
            Func<T, KataThenable.IThenable<TResult>> onFulfilled,
            Func<Exception, KataThenable.IThenable<TResult>>? onRejected = null) =>
            new Adapted<TResult>(promise.Then(
                value => ToLibrary(onFulfilled(value)),
                onRejected is null ? null : error => ToLibrary(onRejected(error))));

        public ITestPromise<T> Catch(Func<Exception, T> onRejected) => new Adapted<T>(promise.Catch(error => ToLibraryValue(onRejected(error))));

        void KataThenable.IThenable<T>.Then(Action<T> onFulfilled, Action<Exception> onRejected) =>
            ((Library.IThenable<T>)promise).Then(onFulfilled, onRejected);
    }

    // A stranger's thenable, as the library sees it: every Then is passed on, double calls and throws included.
    private sealed class Bridge<T>(KataThenable.IThenable<T> thenable) : Library.IThenable<T>
    {
        public void Then(Action<T> onFulfilled, Action<Exception> onRejected) =>
            thenable.Then(value => onFulfilled(ToLibraryValue(value)), onRejected);
    }
}

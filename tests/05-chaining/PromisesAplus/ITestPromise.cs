namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>A promise as the rule tests see it: the C# forms of <c>then</c>, plus the promise as a thenable.</summary>
/// <typeparam name="T">The type of the promise's value.</typeparam>
public interface ITestPromise<T>
{
    /// <summary>The promise itself, as the implementation's own thenable (what "x is a promise" means in A+ 2.3.2).</summary>
    IThenable<T> Thenable { get; }

    /// <summary><c>then(onFulfilled, onRejected)</c> with callbacks that return plain values.</summary>
    ITestPromise<TResult> Then<TResult>(Func<T, TResult> onFulfilled, Func<Exception, TResult>? onRejected = null);

    /// <summary><c>then(onFulfilled, onRejected)</c> with callbacks that return thenables, which the new promise adopts.</summary>
    ITestPromise<TResult> ThenAdopting<TResult>(Func<T, IThenable<TResult>> onFulfilled, Func<Exception, IThenable<TResult>>? onRejected = null);

    /// <summary><c>then(undefined, onRejected)</c>: C# has no way to leave out only the first argument, so it is called Catch.</summary>
    ITestPromise<T> Catch(Func<Exception, T> onRejected);
}

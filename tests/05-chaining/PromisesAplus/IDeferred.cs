namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>A pending promise and its executor's resolve and reject functions.</summary>
/// <typeparam name="T">The type of the promise's value.</typeparam>
public interface IDeferred<T>
{
    /// <summary>The promise.</summary>
    ITestPromise<T> Promise { get; }

    /// <summary>The executor's resolve function.</summary>
    void Resolve(T value);

    /// <summary>The executor's reject function.</summary>
    void Reject(Exception reason);
}

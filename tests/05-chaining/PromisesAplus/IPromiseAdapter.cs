using ContinuationKatas.Runtime;

namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>
/// What the Promises/A+ rule tests need from a promise implementation, and nothing more. The rules run against
/// your kata-05 promise through <see cref="ChainingAdapter"/>; the kit's own tests run them against deliberately
/// broken promises as well, to show that each rule test can fail.
/// </summary>
public interface IPromiseAdapter
{
    /// <summary>Creates a pending promise together with the functions that settle it.</summary>
    IDeferred<T> Deferred<T>(EventLoop loop);
}

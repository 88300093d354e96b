using ContinuationKatas.Runtime;

namespace Katas.Chaining.Tests;

/// <summary>A promise together with its resolve and reject functions, for tests that settle it from outside.</summary>
internal sealed class Deferred<T>
{
    public Deferred(EventLoop loop)
    {
        Promise = new Promise<T>(loop, (resolve, reject) =>
        {
            Resolve = resolve;
            Reject = reject;
        });
    }

    public Promise<T> Promise { get; }

    public Action<T> Resolve { get; private set; } = _ => throw NotRun();

    public Action<Exception> Reject { get; private set; } = _ => throw NotRun();

    private static InvalidOperationException NotRun() =>
        new("The executor had not run when the constructor returned: call it from the constructor, at once (step 1).");
}

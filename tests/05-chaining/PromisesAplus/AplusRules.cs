using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>
/// What every group of Promises/A+ rule tests shares: the promise implementation under test (through an
/// <see cref="IPromiseAdapter"/>), a way to run a small program on the loop, and a record of what happened.
/// Tests observe only through <c>Then</c>, as the A+ rules are written, and assert after the run.
/// </summary>
public abstract class AplusRules : KataFixture
{
    /// <summary>A reason to reject with; tests check that the same object comes out.</summary>
    protected static readonly Exception Reason = new InvalidOperationException("the reason");

    /// <summary>A second reason, for "the first one wins" tests.</summary>
    protected static readonly Exception OtherReason = new InvalidOperationException("another reason");

    /// <summary>Creates the rules for one promise implementation.</summary>
    protected AplusRules(IPromiseAdapter adapter)
        : base(loop => Smoke(adapter, loop))
    {
        Adapter = adapter;
    }

    /// <summary>The implementation under test.</summary>
    protected IPromiseAdapter Adapter { get; }

    /// <summary>What the callbacks saw, in order: "label value@time".</summary>
    protected List<string> Seen { get; } = [];

    /// <summary>Runs <paramref name="program"/> on a fresh virtual-time loop until it has finished; starts <see cref="Seen"/> afresh.</summary>
    protected void Run(Action<EventLoop> program)
    {
        Seen.Clear();
        KataRun.Run(program);
    }

    /// <summary>A pending promise with its resolve and reject functions.</summary>
    protected IDeferred<T> Deferred<T>(EventLoop loop) => Adapter.Deferred<T>(loop);

    /// <summary>A promise fulfilled with <paramref name="value"/> from the start.</summary>
    protected ITestPromise<T> Resolved<T>(EventLoop loop, T value)
    {
        var deferred = Adapter.Deferred<T>(loop);
        deferred.Resolve(value);
        return deferred.Promise;
    }

    /// <summary>A promise rejected with <paramref name="reason"/> from the start.</summary>
    protected ITestPromise<T> Rejected<T>(EventLoop loop, Exception reason)
    {
        var deferred = Adapter.Deferred<T>(loop);
        deferred.Reject(reason);
        return deferred.Promise;
    }

    /// <summary>A promise fulfilled with <paramref name="value"/> at <paramref name="delayMs"/>.</summary>
    protected ITestPromise<T> ResolvedLater<T>(EventLoop loop, T value, long delayMs)
    {
        var deferred = Adapter.Deferred<T>(loop);
        loop.SetTimeout(() => deferred.Resolve(value), delayMs);
        return deferred.Promise;
    }

    /// <summary>A promise rejected with <paramref name="reason"/> at <paramref name="delayMs"/>.</summary>
    protected ITestPromise<T> RejectedLater<T>(EventLoop loop, Exception reason, long delayMs)
    {
        var deferred = Adapter.Deferred<T>(loop);
        loop.SetTimeout(() => deferred.Reject(reason), delayMs);
        return deferred.Promise;
    }

    /// <summary>Records how <paramref name="promise"/> settles, as "label fulfilled value@time" or "label rejected reason@time".</summary>
    protected void Observe<T>(EventLoop loop, string label, ITestPromise<T> promise)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(promise);
        promise.Then(
            value => Record(loop, $"{label} fulfilled {Describe(value)}"),
            error => Record(loop, $"{label} rejected {Describe(error)}"));
    }

    /// <summary>Records a line, stamped with the loop's time, and returns 0 so it can end a callback that must return a value.</summary>
    protected int Record(EventLoop loop, string what)
    {
        ArgumentNullException.ThrowIfNull(loop);
        Seen.Add($"{what}@{loop.Now}");
        return 0;
    }

    /// <summary>How a value or reason appears in <see cref="Seen"/>.</summary>
    protected static string Describe(object? value) => value switch
    {
        null => "null",
        Exception error when ReferenceEquals(error, Reason) => "Reason",
        Exception error when ReferenceEquals(error, OtherReason) => "OtherReason",
        Exception error => $"{error.GetType().Name}({error.Message})",
        _ => value.ToString() ?? "?",
    };

    private static void Smoke(IPromiseAdapter adapter, EventLoop loop)
    {
        var deferred = adapter.Deferred<int>(loop);
        deferred.Promise.Then(value => value + 1);
        deferred.Resolve(1);
    }
}

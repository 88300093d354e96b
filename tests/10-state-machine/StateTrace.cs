using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.StateMachine.Tests;

/// <summary>
/// Writes a machine's life into the transcript, between the program's own lines: every MoveNext with the state it
/// resumes in and who called it (c() starting it, or the reaction to a settled promise), and how c's promise ended.
/// </summary>
internal sealed class StateTrace(EventLoop loop)
{
    private string lastSettled = "nothing (no promise has settled yet)";

    /// <summary>
    /// Watches <paramref name="promise"/> with a reaction of the test's own. Registered before the machine's, it runs
    /// just before it, so the machine's MoveNext can be told which promise resumed it.
    /// </summary>
    public void Watch(Promise<string> promise, string name) =>
        promise.Then(
            value => { lastSettled = $"{name} (fulfilled: {value})"; },
            error => { lastSettled = $"{name} (rejected: {error.Message})"; });

    /// <summary>The machine's Trace hook: one line per MoveNext.</summary>
    public void Entered(int state)
    {
        var caller = loop.CurrentCallback ?? string.Empty;
        var by = caller.StartsWith("main", StringComparison.Ordinal) ? "c(), to start it"
            : caller.StartsWith("a microtask", StringComparison.Ordinal) ? $"the reaction to {lastSettled}"
            : caller;
        loop.Log($"· MoveNext in state {state}, called by {by}");
    }

    /// <summary>Where the machine stands when c() has returned to main.</summary>
    public void Returned(int state) => loop.Log($"· c() has returned its promise to main; the machine waits in state {state}");

    /// <summary>Logs how <paramref name="promise"/> (c's) settles, and the machine's state then.</summary>
    public void Finished<T>(Promise<T> promise, Func<int> state) =>
        promise.Then(
            value => loop.Log($"· c's promise is fulfilled with {(object?)value ?? "no value"}; the machine is in state {state()}"),
            error => loop.Log($"· c's promise is rejected with {error.Message}; the machine is in state {state()}"));
}

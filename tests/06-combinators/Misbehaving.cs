using ContinuationKatas.Runtime;

namespace Katas.Combinators.Tests;

/// <summary>
/// Strangers' thenables that call back more than once: JavaScript's combinators take only the first call of each
/// input (tests/node-corpus/programs/15-first-call-wins.js records what Node does with these very thenables).
/// </summary>
internal sealed class Misbehaving<T>(string description, Action<Action<T>, Action<Exception>> then) : IThenable<T>
{
    /// <summary>What the thenable does, for messages: "calls back twice".</summary>
    public string Description { get; } = description;

    public void Then(Action<T> onFulfilled, Action<Exception> onRejected) => then(onFulfilled, onRejected);
}

/// <summary>The misbehaving thenables of the tests.</summary>
internal static class Misbehaving
{
    /// <summary>Calls onFulfilled twice, at once: with the value, then with the value and " again".</summary>
    public static Misbehaving<string> Twice(string value) => new("calls onFulfilled twice", (onFulfilled, _) =>
    {
        onFulfilled(value);
        onFulfilled(value + " again");
    });

    /// <summary>Calls onFulfilled with the value, then onRejected with 💥.</summary>
    public static Misbehaving<string> BothWays(string value) => new("calls onFulfilled, then onRejected", (onFulfilled, onRejected) =>
    {
        onFulfilled(value);
        onRejected(new InvalidOperationException("💥"));
    });

    /// <summary>Calls onRejected twice, at once.</summary>
    public static Misbehaving<string> RejectsTwice(string message) => new("calls onRejected twice", (_, onRejected) =>
    {
        onRejected(new InvalidOperationException(message));
        onRejected(new InvalidOperationException(message + " again"));
    });
}

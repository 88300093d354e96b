namespace ContinuationKatas.Promises.Tests;

/// <summary>A thenable that is not a promise: its Then runs a script, which may call back twice, late, or throw.</summary>
/// <param name="script">What Then does with the two callbacks.</param>
internal sealed class ScriptedThenable<T>(Action<Action<T>, Action<Exception>> script) : IThenable<T>
{
    /// <summary>How many times Then was called.</summary>
    public int Calls { get; private set; }

    public void Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        Calls++;
        script(onFulfilled, onRejected);
    }
}

namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>A stranger's thenable for the A+ 2.3.3 tests: its Then does whatever the test scripts, well-behaved or not.</summary>
/// <typeparam name="T">The type of value it hands over.</typeparam>
public sealed class ScriptedThenable<T>(Action<Action<T>, Action<Exception>> then) : IThenable<T>
{
    /// <summary>How many times Then was called.</summary>
    public int Calls { get; private set; }

    /// <summary>Whether both callbacks were non-null on every call.</summary>
    public bool GotBothCallbacks { get; private set; } = true;

    /// <inheritdoc />
    public void Then(Action<T> onFulfilled, Action<Exception> onRejected)
    {
        Calls++;
        GotBothCallbacks &= onFulfilled is not null && onRejected is not null;
        then(onFulfilled!, onRejected!);
    }
}

namespace ContinuationKatas.Testing.Tests.FakeKata;

/// <summary>
/// Stands in for a learner's kata in <see cref="UncaughtThrowTests"/>: its file is "the kata's code", the tests' files
/// are the test's. Each member makes one of the mistakes the kit explains.
/// </summary>
internal sealed class FakePromise
{
    /// <summary>Calls the executor without catching what it throws.</summary>
    public FakePromise(Action executor) => executor();

    /// <summary>Calls the callback in a lambda, without catching what it throws.</summary>
    public static Action Then(Action callback) => () => callback();

    /// <summary>Fills slots from callbacks that capture the loop variable itself.</summary>
    public static List<Action> Slots(int[] values)
    {
        var callbacks = new List<Action>();
        for (var i = 0; i < values.Length; i++)
        {
            callbacks.Add(() => values[i] = 1);
        }

        return callbacks;
    }
}

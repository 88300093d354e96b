namespace ContinuationKatas.Testing;

/// <summary>Who threw an exception that reached the loop through a kata's code (see <see cref="UncaughtThrow"/>).</summary>
public enum ThrowOrigin
{
    /// <summary>The kata's own code.</summary>
    Kata,

    /// <summary>A callback of the test's, handed to the kata's code, which called it and let the exception through.</summary>
    Test,

    /// <summary>Code the kata called that belongs to neither, e.g. the runtime rejecting a bad argument.</summary>
    Elsewhere,
}

namespace Katas.AsyncStreams.Tests;

/// <summary>The names the failures give an async stream's mistakes.</summary>
internal static class StreamMistakes
{
    /// <summary>The producer ran before anyone asked for an animal.</summary>
    public const string Eager = "Your stream is eager";

    /// <summary>Nobody disposed the enumerator of a stream left early.</summary>
    public const string NotDisposed = "The producer's finally never ran";

    /// <summary>The producer started a wait that the consumer never asked for.</summary>
    public const string TimerLeftBehind = "A timer was left behind";

    /// <summary>The token parameter lacks [EnumeratorCancellation].</summary>
    public const string NoEnumeratorCancellation = "The token from WithCancellation never reached Animals";

    /// <summary>The token reached the producer but not its waits.</summary>
    public const string TokenNotPassedOn = "Animals got the token but did not pass it to Task.Delay";

    /// <summary>The producer waits on the real clock.</summary>
    public const string RealClock = "Task.Delay is not on the loop's clock";
}

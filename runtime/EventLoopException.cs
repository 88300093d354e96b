namespace ContinuationKatas.Runtime;

/// <summary>
/// Thrown by <see cref="EventLoop.Run(Action{EventLoop}, LoopOptions?)"/> when a run cannot end normally.
/// The message says what went wrong and at what time; <see cref="Transcript"/> holds what was logged until then.
/// </summary>
public sealed class EventLoopException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EventLoopException(EventLoopFailure failure, string message, Transcript transcript, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Transcript = transcript;
    }

    /// <summary>What kind of failure ended the run.</summary>
    public EventLoopFailure Failure { get; }

    /// <summary>Everything the program logged before the run failed.</summary>
    public Transcript Transcript { get; }
}

namespace ContinuationKatas.Runtime;

/// <summary>Why an <see cref="EventLoop"/> run failed.</summary>
public enum EventLoopFailure
{
    /// <summary>The program has not finished, and nothing is scheduled that could finish it.</summary>
    Stalled,

    /// <summary>A callback threw an exception that nothing caught.</summary>
    Uncaught,

    /// <summary>The Task returned by the program's main function failed.</summary>
    ProgramFailed,

    /// <summary>Code that belongs on the loop ran on another thread.</summary>
    Escaped,

    /// <summary>The program ran too many callbacks or too far into the future to be a kata program.</summary>
    Runaway,

    /// <summary>
    /// A callback blocked the loop's thread in a synchronous wait (<c>.Result</c>, <c>.Wait()</c>,
    /// <c>.GetAwaiter().GetResult()</c>) on a Task that had not finished: a deadlock, reported instead of a hang.
    /// </summary>
    Blocked,
}

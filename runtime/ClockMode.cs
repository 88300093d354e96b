namespace ContinuationKatas.Runtime;

/// <summary>Which clock an <see cref="EventLoop"/> runs on.</summary>
public enum ClockMode
{
    /// <summary>
    /// The loop owns the clock. When nothing is ready to run, the clock jumps straight to the next
    /// timer's due time, so a five-second program finishes at once with exact timestamps.
    /// </summary>
    Virtual,

    /// <summary>
    /// The loop waits for real time to pass (optionally sped up by <see cref="LoopOptions.Speed"/>),
    /// so a person can watch the program run.
    /// </summary>
    Real,
}

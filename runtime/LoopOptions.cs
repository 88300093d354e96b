namespace ContinuationKatas.Runtime;

/// <summary>How an <see cref="EventLoop"/> runs. The defaults suit tests: virtual time, strict limits.</summary>
public sealed record LoopOptions
{
    /// <summary>The options tests use: a virtual clock and the default limits.</summary>
    public static LoopOptions Default { get; } = new();

    /// <summary>The clock the loop runs on. Defaults to <see cref="ClockMode.Virtual"/>.</summary>
    public ClockMode Clock { get; init; } = ClockMode.Virtual;

    /// <summary>
    /// On the <see cref="ClockMode.Real"/> clock, how many times faster than real time the loop runs
    /// (2 means a 5000 ms timer fires after 2.5 real seconds). Ignored on the virtual clock. Defaults to 1.
    /// </summary>
    public double Speed { get; init; } = 1;

    /// <summary>
    /// Where the <see cref="ClockMode.Real"/> clock reads the time and sets its timers. Defaults to
    /// <see cref="TimeProvider.System"/>; a test can pass a clock of its own to run the real-clock path
    /// without waiting. Ignored on the virtual clock.
    /// </summary>
    public TimeProvider RealClock { get; init; } = TimeProvider.System;

    /// <summary>
    /// The most callbacks (main, timers, microtasks, posted work) one run may execute before it is
    /// stopped as a runaway. Defaults to 100 000.
    /// </summary>
    public long MaxCallbacks { get; init; } = 100_000;

    /// <summary>
    /// The latest time, in milliseconds, that a timer may be due; a run that schedules past it is stopped
    /// as a runaway. Defaults to one hour.
    /// </summary>
    public long MaxTimeMs { get; init; } = 3_600_000;

    /// <summary>
    /// How long, in real time, an idle loop waits for work posted from another thread
    /// (for example by <c>Task.Run</c>) before it reports a stall. Defaults to one second; it is spent
    /// only when the program is unfinished and nothing is scheduled.
    /// </summary>
    public TimeSpan ForeignWorkGrace { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Called on the loop's thread for every line as it is logged (for live output).</summary>
    public Action<TranscriptLine>? OnLine { get; init; }

    /// <summary>
    /// Whether to record every callback the loop runs in <see cref="Transcript.Callbacks"/> (for tools that
    /// draw a run as a timeline). Defaults to <see langword="false"/>: the transcript's callback list stays empty.
    /// </summary>
    public bool RecordCallbacks { get; init; }

    /// <summary>The wall-clock instant that the loop's time zero stands for, as seen through <see cref="EventLoop.TimeProvider"/>.</summary>
    public DateTimeOffset Epoch { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

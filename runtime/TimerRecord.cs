namespace ContinuationKatas.Runtime;

/// <summary>What happened to one timer during a run: when it was scheduled, when it was due, and how it ended.</summary>
/// <param name="Id">The timer.</param>
/// <param name="ScheduledAtMs">The loop's time when the timer was scheduled.</param>
/// <param name="DueAtMs">The time the timer was due to fire.</param>
/// <param name="FiredAtMs">The time its callback ran, or <see langword="null"/> if it never ran.</param>
/// <param name="Cleared">Whether the timer was cancelled with <see cref="EventLoop.ClearTimeout"/> before it fired.</param>
public sealed record TimerRecord(TimerId Id, long ScheduledAtMs, long DueAtMs, long? FiredAtMs, bool Cleared);

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>How one run of a kata's program ended.</summary>
/// <param name="Transcript">What it logged, when the run ended normally.</param>
/// <param name="Error">Why it failed, when it did.</param>
/// <param name="Blocked">Whether the loop's thread was still busy when the watchdog gave up on it.</param>
/// <param name="StuckIn">When blocked: the callback the loop was running (see <see cref="EventLoop.CurrentCallback"/>).</param>
/// <param name="EarlierRun">When blocked: whether it was an earlier run that is stuck, so this one was not started.</param>
public sealed record KataOutcome(Transcript? Transcript, Exception? Error, bool Blocked, string? StuckIn = null, bool EarlierRun = false);

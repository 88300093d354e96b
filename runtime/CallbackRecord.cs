namespace ContinuationKatas.Runtime;

/// <summary>
/// One callback an <see cref="EventLoop"/> ran: when, why, and what it did. Recorded only when
/// <see cref="LoopOptions.RecordCallbacks"/> is set; tools draw timelines from these records.
/// </summary>
/// <param name="Kind">What kind of callback it was.</param>
/// <param name="TimeMs">The loop's time when the callback started.</param>
/// <param name="Timer">For a <see cref="CallbackKind.Timer"/> callback, the timer that fired; otherwise <see langword="null"/>.</param>
/// <param name="FirstLine">The index in <see cref="Transcript.Lines"/> of the first line the callback logged.</param>
/// <param name="LineCount">How many lines the callback logged (they follow <paramref name="FirstLine"/>).</param>
/// <param name="TimersScheduled">The timers the callback scheduled, in scheduling order.</param>
public sealed record CallbackRecord(
    CallbackKind Kind,
    long TimeMs,
    TimerId? Timer,
    int FirstLine,
    int LineCount,
    IReadOnlyList<TimerId> TimersScheduled);

namespace ContinuationKatas.Runtime;

/// <summary>Collects <see cref="CallbackRecord"/>s for a run that asked for them.</summary>
internal sealed class CallbackRecorder
{
    private readonly List<CallbackRecord> records = [];
    private readonly List<TimerId> scheduled = [];
    private (CallbackKind Kind, long TimeMs, TimerId? Timer, int FirstLine)? current;

    public void Begin(CallbackKind kind, long timeMs, TimerId? timer, int lineCount)
    {
        current = (kind, timeMs, timer, lineCount);
        scheduled.Clear();
    }

    public void TimerScheduled(TimerId id) => scheduled.Add(id);

    public void End(int lineCount)
    {
        if (current is not { } started)
        {
            return;
        }

        records.Add(new CallbackRecord(started.Kind, started.TimeMs, started.Timer, started.FirstLine, lineCount - started.FirstLine, [.. scheduled]));
        current = null;
    }

    /// <summary>The records so far; a callback still running (the run failed in it) is included with the lines it logged.</summary>
    public IReadOnlyList<CallbackRecord> Records(int lineCount) =>
        current is { } started
            ? [.. records, new CallbackRecord(started.Kind, started.TimeMs, started.Timer, started.FirstLine, lineCount - started.FirstLine, [.. scheduled])]
            : [.. records];
}

using System.Text;

namespace ContinuationKatas.Runtime;

/// <summary>
/// What a program printed during one run of an <see cref="EventLoop"/>, in order, each line with the
/// loop's time; plus what happened to every timer. Approval tests compare <see cref="ToString"/>.
/// </summary>
public sealed class Transcript
{
    internal Transcript(IReadOnlyList<TranscriptLine> lines, IReadOnlyList<TimerRecord> timers, long endedAtMs)
        : this(lines, timers, endedAtMs, [])
    {
    }

    internal Transcript(IReadOnlyList<TranscriptLine> lines, IReadOnlyList<TimerRecord> timers, long endedAtMs, IReadOnlyList<CallbackRecord> callbacks)
    {
        Lines = lines;
        Timers = timers;
        EndedAtMs = endedAtMs;
        Callbacks = callbacks;
    }

    /// <summary>The logged lines, in the order they were logged.</summary>
    public IReadOnlyList<TranscriptLine> Lines { get; }

    /// <summary>Every timer the run scheduled, in scheduling order.</summary>
    public IReadOnlyList<TimerRecord> Timers { get; }

    /// <summary>The loop's time when the run ended (or failed).</summary>
    public long EndedAtMs { get; }

    /// <summary>
    /// Every callback the run executed, in order, when <see cref="LoopOptions.RecordCallbacks"/> was set;
    /// otherwise empty.
    /// </summary>
    public IReadOnlyList<CallbackRecord> Callbacks { get; }

    /// <summary>The time of the first line whose text is exactly <paramref name="text"/>, or <see langword="null"/>.</summary>
    public long? TimeOf(string text)
    {
        foreach (var line in Lines)
        {
            if (line.Text == text)
            {
                return line.TimeMs;
            }
        }

        return null;
    }

    /// <summary>How many lines have exactly this text.</summary>
    public int Count(string text) => Lines.Count(line => line.Text == text);

    /// <summary>
    /// The transcript as approved files store it: one line per log entry, each ending in <c>\n</c>, times
    /// right-aligned in six columns (or as many as the widest time needs).
    /// </summary>
    public override string ToString()
    {
        var width = Math.Max(6, Lines.Select(line => line.TimeMs.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        foreach (var line in Lines)
        {
            text.Append(line.ToString(width)).Append('\n');
        }

        return text.ToString();
    }
}

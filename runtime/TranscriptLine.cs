namespace ContinuationKatas.Runtime;

/// <summary>One line a program logged with <see cref="EventLoop.Log"/>, stamped with the loop's time.</summary>
/// <param name="TimeMs">The loop's clock, in milliseconds since the run started, when the line was logged.</param>
/// <param name="Text">What the program logged.</param>
public readonly record struct TranscriptLine(long TimeMs, string Text)
{
    /// <summary>Formats the line the way approved transcripts store it: the time right-aligned, then the text.</summary>
    public override string ToString() => ToString(6);

    /// <summary>
    /// Formats the line with the time right-aligned in at least <paramref name="timeWidth"/> characters, so the
    /// lines of one transcript line up when a time is wider than six digits.
    /// </summary>
    public string ToString(int timeWidth) => $"{TimeMs.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(timeWidth)} ms  {Text}";
}

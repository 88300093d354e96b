namespace ContinuationKatas.Testing;

/// <summary>
/// The mistakes people make when they write the 💥 program's catch and finally as promise methods (katas 05 and 07),
/// and how to explain them.
/// </summary>
public static class DogBoomMistakes
{
    /// <summary>Recognises "finally" logged before the first "catch …" line in a transcript.</summary>
    /// <param name="step">The README step that chains Catch and Finally, e.g. <c>step 6</c>.</param>
    public static Diagnosis FinallyBeforeCatch(string step) =>
        new(transcript => FinallyBeforeCatch(transcript.Lines.Select(line => line.Text), step) is not null, Explanation(step));

    /// <summary>The explanation when <paramref name="lines"/> log "finally" before their first "catch …", otherwise <see langword="null"/>.</summary>
    /// <param name="lines">The lines c logged, in order.</param>
    /// <param name="step">The README step that chains Catch and Finally.</param>
    public static string? FinallyBeforeCatch(IEnumerable<string> lines, string step)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var texts = lines.ToList();
        var finallyAt = texts.IndexOf("finally");
        var catchAt = texts.FindIndex(text => text.StartsWith("catch ", StringComparison.Ordinal));
        return finallyAt >= 0 && catchAt > finallyAt ? Explanation(step) : null;
    }

    private static string Explanation(string step) =>
        "\"finally\" came before \"catch …\": Finally is chained before Catch. The rejection reaches Finally first, which runs " +
        "its callback and hands the reason on, and only then Catch handles it. In try/catch/finally the finally block runs " +
        $"last, after the catch: chain Catch first, then Finally ({step}).";
}

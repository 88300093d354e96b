using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// A known mistake and how to explain it: when <see cref="Applies"/> holds for a transcript that differs
/// from the approved one, the failure starts with <see cref="Explanation"/> before the diff.
/// </summary>
/// <param name="Applies">Recognises the mistake in a received transcript.</param>
/// <param name="Explanation">Names the mistake and what to do about it.</param>
public sealed record Diagnosis(Func<Transcript, bool> Applies, string Explanation)
{
    /// <summary>The line <paramref name="text"/> came at <paramref name="wrongMs"/>, a time that betrays the mistake.</summary>
    public static Diagnosis LineAt(string text, long wrongMs, string explanation) =>
        new(transcript => transcript.TimeOf(text) == wrongMs, explanation);

    /// <summary>A line appears a different number of times than <paramref name="expected"/>.</summary>
    public static Diagnosis CountOf(string text, int expected, string explanation) =>
        new(transcript => transcript.Count(text) != expected, explanation);
}

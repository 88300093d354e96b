using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// The mistakes people make when they write the dog+pig program, at any rung, and how to explain them.
/// Pass them to <see cref="Scenarios.Approve"/> with the line the program should print.
/// </summary>
public static class DogPigMistakes
{
    /// <summary>Diagnoses for a program that should print <paramref name="result"/> at 5000 ms, after "main: end".</summary>
    /// <param name="result">The final line, e.g. <c>🐶🐷!</c>.</param>
    /// <param name="swapped">The same line with pig before dog, e.g. <c>🐷🐶!</c>.</param>
    public static Diagnosis[] For(string result, string swapped) =>
    [
        Diagnosis.LineAt(result, 7000,
            $"\"{result}\" came at 7000 ms, not 5000: you started the second timer too late. The 🐷 timer (5000 ms) started only " +
            "when 🐶 arrived at 2000 ms, so it ended at 2000 + 5000. Start both before waiting for either: the JavaScript creates " +
            "both promises first, so both timers start at 0."),
        Diagnosis.LineAt(result, 2000,
            $"\"{result}\" came at 2000 ms: it was printed when the first result arrived, not when both had."),
        new(transcript => transcript.Count(swapped) > 0,
            $"The result came out as \"{swapped}\": join the results in argument order (dog, then pig), not in arrival order."),
        new(transcript => transcript.Count(result) == 0 && transcript.Count(swapped) == 0 && transcript.Lines.All(line => line.TimeMs == 0),
            "Nothing was printed after main: the final callback never ran. Check that the result is handed on when the second value arrives."),
        new(transcript => transcript.Count(result) > 1,
            $"\"{result}\" was printed more than once: the final callback must run exactly once."),
        new(transcript => Before(transcript, result, "main: end"),
            $"\"{result}\" came before \"main: end\": main must finish first, because waiting for a result suspends c, it does not block main."),
    ];

    private static bool Before(Transcript transcript, string first, string second)
    {
        var texts = transcript.Lines.Select(line => line.Text).ToList();
        var a = texts.IndexOf(first);
        var b = texts.IndexOf(second);
        return a >= 0 && b >= 0 && a < b;
    }
}

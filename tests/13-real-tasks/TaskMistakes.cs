using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>The mistakes of this rung, and how the failures name them.</summary>
internal static class TaskMistakes
{
    /// <summary>The lazy version: the second delay started only when the first had finished.</summary>
    public const string Lazy = "you started the pig's timer only after the dog's finished";

    /// <summary>A delay on another clock than the loop's.</summary>
    public const string RealClock = "A delay that is not on the loop's clock";

    /// <summary>A TaskCompletionSource that runs the awaiting method inside SetResult.</summary>
    public const string Inline = "The awaiting method went on inside SetResult";

    /// <summary>The line c() logs in its catch, as the approved dog-boom transcript has it (tests/scenarios/dog-boom.verified.txt).</summary>
    public static string CaughtLine { get; } = File.ReadLines(Path.Combine(Kata.ScenarioDirectory, "dog-boom.verified.txt"))
        .Select(line => line[(line.IndexOf(" ms  ", StringComparison.Ordinal) + " ms  ".Length)..])
        .Single(text => text.StartsWith("catch ", StringComparison.Ordinal));

    /// <summary>What to log in c()'s catch, and why.</summary>
    public static string LogTheMessage =>
        "log \"catch \" + error.Message. \"catch \" + error logs the exception's type (and stack trace) as well, as JavaScript's \"catch \" + e " +
        "would print \"catch Error: 💥\"; the JavaScript logs e.message (step 5).";

    /// <summary>Why c()'s catch line is not <see cref="CaughtLine"/>.</summary>
    /// <param name="logged">What c() logged in its catch, or <see langword="null"/> if nothing.</param>
    public static string CatchLogged(string? logged) => logged is null
        ? $"c() logged no \"catch …\" line: its catch must log \"{CaughtLine}\", as tests/scenarios/dog-boom.verified.txt has it (step 5)."
        : $"c() logged \"{logged.Split('\n')[0].TrimEnd('\r')}\"{(logged.Contains('\n', StringComparison.Ordinal) ? " and a stack trace" : string.Empty)}, not \"{CaughtLine}\" as tests/scenarios/dog-boom.verified.txt has it: {LogTheMessage}";

    /// <summary>The diagnoses for a Task program that should print <paramref name="result"/> at 5000 ms.</summary>
    /// <param name="result">The final line, e.g. <c>🐶🐷!</c>.</param>
    /// <param name="swapped">The same line with pig before dog.</param>
    /// <param name="awaited">Where the learner awaits a call as it is made, e.g. <c>in Composition.C, `await Dog(…)`</c>.</param>
    /// <param name="step">The README step that starts both Tasks.</param>
    public static Diagnosis[] ForDogPig(string result, string swapped, string awaited, string step) =>
    [
        Diagnosis.LineAt(result, 7000, LazyExplanation(result, awaited, step)),

        // The kit's general 7000 ms explanation says the same thing for callbacks and promises: this rung's replaces it.
        .. DogPigMistakes.For(result, swapped).Where(diagnosis => !diagnosis.Explanation.Contains("7000", StringComparison.Ordinal)),
    ];

    /// <summary>Why "<paramref name="result"/>" came at 7000 ms, in Task terms.</summary>
    /// <param name="result">The final line, e.g. <c>🐶🐷!</c>.</param>
    /// <param name="awaited">Where the learner awaits a call as it is made, e.g. <c>in Composition.C, `await Dog(…)`</c>.</param>
    /// <param name="step">The README step that starts both Tasks.</param>
    public static string LazyExplanation(string result, string awaited, string step) =>
        $"\"{result}\" came at 7000 ms, not 5000: {Lazy} (at 2000 ms), so it ended at 2000 + 5000. Calling an async " +
        $"method starts it; `await` waits for it. {awaited} does both at once, so the next line runs only when that call " +
        $"is over. Call both first and keep their Tasks, then await them ({step}).";
}

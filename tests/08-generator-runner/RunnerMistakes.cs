using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.GeneratorRunner.Tests;

/// <summary>The mistakes a runner can make with time and turns, recognised in the interleaved program's transcript.</summary>
internal static class RunnerMistakes
{
    /// <summary>The runner resumes inline: without waiting for the promise's reaction.</summary>
    public static readonly Diagnosis ResumesInline = new(
        transcript => transcript.Lines.Any(line => line.Text.Contains("resumes inline", StringComparison.Ordinal)) ||
                      Before(transcript, "c1: got 1", "main: end"),
        "The runner resumes inline: it called MoveNext again before the yielded promise's reaction had run (the iterator read " +
        "a Value that was not there yet, or went on before main did). Resume the iterator only inside the callback you give to " +
        "the handle's Then: JavaScript's runners step through Promise.resolve(v).then(next), so every resumption is a microtask (step 2).");

    /// <summary>The runner waits one microtask turn more than Node's.</summary>
    public static readonly Diagnosis ResumesLate = new(
        transcript => Before(transcript, "a2", "c1: got 1"),
        "The runner resumes a microtask turn late: \"c1\" came after \"a2\", but Node resumes the generator in the promise's " +
        "own reaction, one turn after it settles, between a1 and a2. Call the next step directly in the handle's Then callback, " +
        "without queuing another microtask (step 2).");

    /// <summary>The body did not start inside Run.</summary>
    public static readonly Diagnosis StartsLate = new(
        transcript => Before(transcript, "main: end", "c0: runs at once, inside run()"),
        "The body did not run at once: \"c0\" came after \"main: end\". Run must run the first step (MoveNext) inside the call, " +
        "in the promise's executor, as an async function runs its body up to the first await before it returns (step 1).");

    /// <summary>Every diagnosis of the interleaved program.</summary>
    public static Diagnosis[] All => [ResumesInline, ResumesLate, StartsLate];

    private static bool Before(Transcript transcript, string first, string second)
    {
        var texts = transcript.Lines.Select(line => line.Text).ToList();
        var a = texts.IndexOf(first);
        var b = texts.IndexOf(second);
        return a >= 0 && b >= 0 && a < b;
    }
}

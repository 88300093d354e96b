using ContinuationKatas.Testing;

namespace Katas.StateMachine.Tests;

/// <summary>The mistakes a hand-written machine makes with c()'s try/catch/finally, and how to name them.</summary>
internal static class BoomMistakes
{
    /// <summary>The name the failure gives the first mistake: what the compiler's guard prevents.</summary>
    public const string FinallyAtSuspension = "c()'s finally ran at a suspension";

    /// <summary>Diagnoses for the 💥 program, whose c() catches and runs finally once, at <paramref name="endMs"/>.</summary>
    public static Diagnosis[] For(long endMs) =>
    [
        .. Finally(endMs),
        new(t => t.Count("finally") == 0,
            "\"finally\" was never logged: c()'s finally must run once, when c() leaves its try, whether it caught something or not (step 6)."),
        new(t => !t.Lines.Any(line => line.Text.StartsWith("catch ", StringComparison.Ordinal)),
            "Nothing was caught: the rejection must reach c()'s catch. Keep the rejection when the promise calls back, and throw it " +
            "inside the try when MoveNext resumes (the compiler's awaiter.GetResult()); the catch logs \"catch \" + error.Message (step 5)."),
        new(t => t.Lines.Any(line => line.Text.StartsWith("catch ", StringComparison.Ordinal)) && t.Count("c: finished with no value") == 0,
            "c() did not finish with no value: after the catch, c() goes on and ends without a return, so the builder's SetResult(null) " +
            "must run, and the state must end at -2 (step 6)."),
    ];

    /// <summary>The finally's own mistakes, for a c() that finishes at <paramref name="endMs"/>, caught or not.</summary>
    public static Diagnosis[] Finally(long endMs) =>
    [
        new(t => t.Lines.Any(line => line.Text == "finally" && line.TimeMs < endMs) ||
                 (t.Count("main: end") > 0 && t.Lines.Select(line => line.Text).TakeWhile(text => text != "main: end").Contains("finally")),
            $"{FinallyAtSuspension} (\"finally\" before {endMs} ms, or before main ended): MoveNext returns at every await, and a C# " +
            "finally runs on every way out of its try, a return included. Guard it as the compiler does: run c()'s finally only when " +
            "control really leaves the try, not when the machine suspends (the state says which: n ≥ 0 is suspended at await n) (step 6)."),
        new(t => t.Lines.Count(line => line.Text == "finally" && line.TimeMs >= endMs) > 1,
            "\"finally\" was logged more than once when c() finished: c()'s finally must run exactly once, on every way out — write it " +
            "once, in the finally block, not in the catch as well (step 6)."),
    ];

    /// <summary>The named finally mistakes in <paramref name="transcript"/>, as a lead for a failure message (empty if none).</summary>
    public static string Named(ContinuationKatas.Runtime.Transcript transcript, long endMs) =>
        string.Concat(Scenarios.Explain(transcript, Finally(endMs)).Select(explanation => explanation + "\n"));
}

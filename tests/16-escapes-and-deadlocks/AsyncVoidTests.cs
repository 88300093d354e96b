using ContinuationKatas.Runtime;

namespace Katas.EscapesAndDeadlocks.Tests;

/// <summary>Step 3: Report returns a Task, so main can await it and catch what it throws.</summary>
public sealed class AsyncVoidTests() : ContinuationKatas.Testing.KataFixture(DogPig.Main)
{
    [Test]
    public void Main_catches_the_boom_from_Report_at_500_ms_and_runs_finally_once()
    {
        var transcript = LoopRun.Run(DogBoom.Main);

        Assert.That(transcript.Lines, Is.EqualTo(new[]
        {
            new TranscriptLine(0, "main: start"),
            new TranscriptLine(0, "main: end"),
            new TranscriptLine(500, "catch 💥"),
            new TranscriptLine(500, "finally"),
        }), "The pig's promise fails at 500 ms; Report's Task carries 💥 to main's await, inside the try: the catch logs it, then finally (step 3).");
    }
}

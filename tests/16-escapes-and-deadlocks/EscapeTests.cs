using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.EscapesAndDeadlocks.Tests;

/// <summary>Steps 4 and 5: nothing that touches the loop runs on another thread.</summary>
public sealed class EscapeTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        LoopRun.RequireCToAwait();

        Scenarios.Approve("dog-pig", LoopRun.Run(DogPig.Main));
    }

    [Test]
    public void Report_logs_the_result_on_the_loop_when_c_is_done()
    {
        var report = DogPig.Report;

        var transcript = LoopRun.Run(loop => report.DynamicInvoke(loop, DogPig.Delay(loop, "🐶🐷", 5000)) as Task);

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(5000, "🐶🐷!") }),
            "Report logs c's result and \"!\" at 5000 ms, when c is done, on the loop (step 5).");
    }
}

using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>Step 5: the 💥 program. The gate is dog+pig: c()'s catch would catch a stub's "not solved yet" and print it.</summary>
public sealed class DogBoomTests() : KataFixture(Gate.DogPigSolved)
{
    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve("dog-boom", TaskRun.Run(DogBoom.Main),
            Diagnosis.CountOf("finally", 1, "\"finally\" must be logged exactly once, when c() really leaves its try (step 5)."),
            new Diagnosis(
                transcript => transcript.Lines.Any(line => line.Text.StartsWith("catch ", StringComparison.Ordinal) && line.Text != TaskMistakes.CaughtLine),
                $"c()'s catch logged something else than \"{TaskMistakes.CaughtLine}\": {TaskMistakes.LogTheMessage}"));
    }

    [Test]
    public void C_is_an_async_method_with_try_catch_finally_around_its_awaits()
    {
        Assert.That(MethodCalls.Of(typeof(DogBoom).GetMethod(nameof(DogBoom.C))!), Has.Some.EqualTo("TaskAwaiter`1.GetResult"),
            "DogBoom.C must await promise1 and promise2 inside try { } catch { } finally { }, as the JavaScript's c() does (step 5).");
    }
}

using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>Step 4: Task.WhenAll, JavaScript's Promise.all. The gate is dog+pig.</summary>
public sealed class TogetherTests() : KataFixture(Gate.DogPigSolved)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", TaskRun.Run(Together.Main), TaskMistakes.ForDogPig("🐶🐷!", "🐷🐶!", "In Together.C, `await DogPig.Delay(…)`", "step 4"));
    }

    [Test]
    public void C_awaits_Task_WhenAll()
    {
        var calls = MethodCalls.Of(typeof(Together).GetMethod(nameof(Together.C))!);

        Assert.That(calls, Has.Some.EqualTo("Task.WhenAll"),
            "Together.C must await Task.WhenAll(…) of the two delays, as the JavaScript awaits Promise.all([…]) (step 4).");
    }
}

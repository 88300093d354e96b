using System.Reflection;
using System.Runtime.CompilerServices;
using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>Step 3: async methods awaiting async methods. The gate is dog+pig: steps 1 and 2 come first.</summary>
public sealed class CompositionTests() : KataFixture(Gate.DogPigSolved)
{
    [Test]
    public void Main_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", TaskRun.Run(Composition.Main), TaskMistakes.ForDogPig("🐶_🐷_!", "🐷_🐶_!", "In Composition.C, `await Dog(…)`", "step 3"));
    }

    [TestCase(nameof(Composition.Dog), "🐶_", 2000)]
    [TestCase(nameof(Composition.Pig), "🐷_", 5000)]
    public void Dog_and_pig_add_an_underscore_to_their_delay(string name, string value, long at)
    {
        var method = typeof(Composition).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
        var transcript = TaskRun.Run(async loop => loop.Log(await (Task<string>)method.Invoke(null, [loop])!));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(), Is.EqualTo(new[] { (at, value) }),
            $"Composition.{name} must give \"{value}\" at {at} ms: await its Delay, then add \"_\" (step 3).");
    }

    [TestCase(nameof(Composition.Dog))]
    [TestCase(nameof(Composition.Pig))]
    [TestCase(nameof(Composition.C))]
    public void Each_function_is_an_async_method(string name)
    {
        var method = typeof(Composition).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

        Assert.That(method.GetCustomAttribute<AsyncStateMachineAttribute>(), Is.Not.Null,
            $"Composition.{name} must be an async method with await inside, as the JavaScript's {name.ToLowerInvariant()}() is (step 3).");
    }
}

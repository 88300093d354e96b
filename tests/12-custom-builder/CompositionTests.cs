using System.Reflection;
using System.Runtime.CompilerServices;
using ContinuationKatas.Testing;

namespace Katas.CustomBuilder.Tests;

/// <summary>Async methods awaiting async methods, as in the JavaScript. The gate is dog+pig: the builder comes first.</summary>
public sealed class CompositionTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(Composition.Main), DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"));
    }

    [TestCase(nameof(Composition.Dog))]
    [TestCase(nameof(Composition.Pig))]
    [TestCase(nameof(Composition.C))]
    public void Each_function_is_an_async_method_on_your_builder(string name)
    {
        var method = typeof(Composition).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

        Assert.That(method.GetCustomAttribute<AsyncStateMachineAttribute>(), Is.Not.Null,
            $"Composition.{name} must be an async method, as the JavaScript's {name.ToLowerInvariant()}() is: " +
            "[AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))] public static async Promise<string> … with await inside (step 5).");
        Assert.That(method.GetCustomAttribute<AsyncMethodBuilderAttribute>()?.BuilderType, Is.EqualTo(typeof(PromiseMethodBuilder<>)),
            $"Composition.{name} must use your builder: put [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))] on it (step 5).");
    }
}

using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomBuilder;

/// <summary>Kata 12: async methods awaiting async methods: dog() and pig() each add "_", c() joins them.</summary>
public static class Composition
{
    /// <summary>The composition program: prints "🐶_🐷_!" at 5000 ms; main ends first.</summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = DogPig.Delay(loop, "🐶", 2000);
        var promise2 = DogPig.Delay(loop, "🐷", 5000);
        _ = C(promise1, promise2).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary><c>async function dog() { return (await promise1) + "_"; }</c></summary>
    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    public static async Promise<string> Dog(Promise<string> promise1) => await promise1 + "_";

    /// <summary><c>async function pig() { return (await promise2) + "_"; }</c></summary>
    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    public static async Promise<string> Pig(Promise<string> promise2) => await promise2 + "_";

    /// <summary><c>async function c() { return (await dog()) + (await pig()); }</c></summary>
    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    public static async Promise<string> C(Promise<string> promise1, Promise<string> promise2) =>
        await Dog(promise1) + await Pig(promise2);
}

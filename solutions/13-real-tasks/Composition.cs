using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: async methods awaiting async methods: Dog() and Pig() each add "_", C() joins them.</summary>
public static class Composition
{
    /// <summary>The composition program: prints "🐶_🐷_!" at 5000 ms; main ends first.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var c = C(loop);
        loop.Log("main: end");
        loop.Log(await c + "!");
    }

    /// <summary><c>async function dog() { return (await delay("🐶", 2000)) + "_"; }</c></summary>
    public static async Task<string> Dog(EventLoop loop) => await DogPig.Delay(loop, "🐶", 2000) + "_";

    /// <summary><c>async function pig() { return (await delay("🐷", 5000)) + "_"; }</c></summary>
    public static async Task<string> Pig(EventLoop loop) => await DogPig.Delay(loop, "🐷", 5000) + "_";

    /// <summary><c>async function c() { let dog = dog(); let pig = pig(); return (await dog) + (await pig); }</c></summary>
    public static async Task<string> C(EventLoop loop)
    {
        // Dog() and Pig() start their own timers, so start both before awaiting either:
        // `await Dog(loop) + await Pig(loop)` would call Pig only at 2000 ms.
        var dog = Dog(loop);
        var pig = Pig(loop);
        return await dog + await pig;
    }
}

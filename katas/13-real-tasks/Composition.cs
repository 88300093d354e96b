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
    public static Task<string> Dog(EventLoop loop) =>
        // TODO: step 3 — an async method: the dog's Delay, awaited, plus "_".
        throw new NotSolvedYetException("Kata 13 (real tasks), step 3: in Composition, write Dog as an async method: await DogPig.Delay(loop, \"🐶\", 2000), plus \"_\".");

    /// <summary><c>async function pig() { return (await delay("🐷", 5000)) + "_"; }</c></summary>
    public static Task<string> Pig(EventLoop loop) =>
        // TODO: step 3 — the same for the pig.
        throw new NotSolvedYetException("Kata 13 (real tasks), step 3: in Composition, write Pig as an async method: await DogPig.Delay(loop, \"🐷\", 5000), plus \"_\".");

    /// <summary><c>async function c() { let dog = dog(); let pig = pig(); return (await dog) + (await pig); }</c></summary>
    public static Task<string> C(EventLoop loop) =>
        // TODO: step 3 — start Dog and Pig, then await both.
        throw new NotSolvedYetException("Kata 13 (real tasks), step 3: in Composition, write C as an async method that starts Dog(loop) and Pig(loop), then awaits both.");
}

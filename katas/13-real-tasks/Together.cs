using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: dog+pig with Task.WhenAll, JavaScript's Promise.all.</summary>
public static class Together
{
    /// <summary>The dog+pig program again: prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var c = C(loop);
        loop.Log("main: end");
        loop.Log(await c + "!");
    }

    /// <summary><c>async function c() { let [dog, pig] = await Promise.all([delay("🐶", 2000), delay("🐷", 5000)]); return dog + pig; }</c></summary>
    public static Task<string> C(EventLoop loop) =>
        // TODO: step 4 — an async method: await Task.WhenAll of both delays, then join the results.
        throw new NotSolvedYetException("Kata 13 (real tasks), step 4: in Together.C, await Task.WhenAll(DogPig.Delay(…🐶…), DogPig.Delay(…🐷…)) and return results[0] + results[1].");
}

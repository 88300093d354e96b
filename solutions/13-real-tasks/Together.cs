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
    public static async Task<string> C(EventLoop loop)
    {
        // Both Delay calls run before WhenAll sees them, so both timers start at 0; the results come back in
        // argument order, whichever finished first.
        var results = await Task.WhenAll(DogPig.Delay(loop, "🐶", 2000), DogPig.Delay(loop, "🐷", 5000));
        return results[0] + results[1];
    }
}

using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: the dog+pig program with .NET's own Task, on the loop's clock.</summary>
public static class DogPig
{
    /// <summary>A Task that completes with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds of loop time.</summary>
    public static Task<string> Delay(EventLoop loop, string value, long delayMs) =>
        // TODO: step 1 — an async method: await Task.Delay on the loop's clock, then return the value.
        throw new NotSolvedYetException($"Kata 13 (real tasks), step 1: in DogPig.Delay, await Task.Delay(TimeSpan.FromMilliseconds({nameof(delayMs)}), loop.TimeProvider), then return {nameof(value)}.");

    /// <summary>The dog+pig program: prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var c = C(loop);
        loop.Log("main: end");
        loop.Log(await c + "!"); // JavaScript: c().then(result => console.log(result + "!"))
    }

    /// <summary>
    /// <c>let promise1 = delay("🐶", 2000); let promise2 = delay("🐷", 5000);</c> then
    /// <c>async function c() { let dog = await promise1; let pig = await promise2; return dog + pig; }</c>
    /// </summary>
    public static Task<string> C(EventLoop loop) =>
        // TODO: step 2 — an async method: start the dog's Delay (2000 ms) and the pig's (5000 ms), then await both.
        throw new NotSolvedYetException("Kata 13 (real tasks), step 2: in DogPig.C, start Delay(loop, \"🐶\", 2000) and Delay(loop, \"🐷\", 5000), then await both and return dog + pig.");
}

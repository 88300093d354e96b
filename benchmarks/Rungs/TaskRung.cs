using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks.Rungs;

/// <summary>
/// Dog+pig with real <c>async Task</c> on the loop. Mirrors kata 13's solution, which was being written when this
/// rung was; swap this for <c>solutions/13-*</c> once it exists, so the number is of the kit's reference code.
/// </summary>
internal static class TaskRung
{
    /// <summary>The dog+pig program's main (not named Main: this assembly is an exe): prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static async Task DogPig(EventLoop loop)
    {
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        var c = C(promise1, promise2);
        loop.Log("main: end");
        loop.Log(await c + "!");
    }

    /// <summary>c(): <c>let dog = await promise1; let pig = await promise2; return dog + pig;</c></summary>
    private static async Task<string> C(Task<string> promise1, Task<string> promise2)
    {
        var dog = await promise1;
        var pig = await promise2;
        return dog + pig;
    }

    // Task.Delay on the loop's TimeProvider: a timer on the virtual clock, and the continuation posted back to the loop.
    private static async Task<string> Delay(EventLoop loop, string value, int delayMs)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        return value;
    }
}

using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: the dog+pig program with .NET's own Task, on the loop's clock.</summary>
public static class DogPig
{
    /// <summary>A Task that completes with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds of loop time.</summary>
    public static async Task<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);

        // loop.TimeProvider makes the delay a loop timer: virtual time under test, and the continuation comes back
        // to the loop through its SynchronizationContext, which the await captured.
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        return value;
    }

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
    public static async Task<string> C(EventLoop loop)
    {
        // Calling an async method starts it: both timers start here, at 0 ms, before c() waits for either.
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        var dog = await promise1;
        var pig = await promise2;
        return dog + pig;
    }
}

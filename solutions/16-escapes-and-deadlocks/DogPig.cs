using ContinuationKatas.Runtime;

namespace Katas.EscapesAndDeadlocks;

/// <summary>Kata 16: the dog+pig program on real Tasks, repaired. Everything runs on the loop's thread.</summary>
public static class DogPig
{
    /// <summary>A Task that completes with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds, on a loop timer.</summary>
    public static Task<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var arrived = new TaskCompletionSource<string>();
        loop.SetTimeout(() => arrived.SetResult(value), delayMs);
        return arrived.Task;
    }

    /// <summary>The dog+pig program: prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000); // Started here, on the loop: SetTimeout belongs to the loop's thread.
        var c = C(promise1, promise2);
        loop.Log("main: end");
        await Report(loop, c); // A Task, awaited: main is over only when the report is, and its exception comes here.
    }

    /// <summary><c>async function c() { let dog = await promise1; let pig = await promise2; return dog + pig; }</c></summary>
    public static async Task<string> C(Task<string> promise1, Task<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(promise1);
        ArgumentNullException.ThrowIfNull(promise2);
        var dog = await promise1;
        var pig = await promise2; // await suspends c and frees the loop; .Result would stop the loop that must finish the pig.
        return dog + pig;
    }

    /// <summary><c>c().then(result => console.log(result + "!"))</c>, as a method that returns its Task.</summary>
    public static async Task Report(EventLoop loop, Task<string> c)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(c);
        var result = await c; // No ConfigureAwait(false): the next line touches the loop, so it must resume there.
        loop.Log(result + "!");
    }
}

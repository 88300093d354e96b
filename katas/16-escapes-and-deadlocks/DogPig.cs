using ContinuationKatas.Runtime;

namespace Katas.EscapesAndDeadlocks;

/// <summary>
/// Kata 16: the dog+pig program on real Tasks, broken on purpose, four ways. Repair it one mistake at a time: the loop
/// names each one when the tests run it, and the threading analyzers already point at most of them in the build.
/// </summary>
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
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        NotStartedYet();
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);

        // TODO: step 4 — Task.Run runs Delay on a thread-pool thread, and Delay calls loop.SetTimeout: start the pig's timer on the loop.
        var promise2 = Task.Run(() => Delay(loop, "🐷", 5000));
        var c = C(promise1, promise2);
        loop.Log("main: end");

        // TODO: step 3 — Report is async void: nobody can await it or catch what it throws. Make Report return Task, and await it here.
        Report(loop, c);
    }

    /// <summary><c>async function c() { let dog = await promise1; let pig = await promise2; return dog + pig; }</c></summary>
    public static async Task<string> C(Task<string> promise1, Task<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(promise1);
        ArgumentNullException.ThrowIfNull(promise2);
        var dog = await promise1;

        // TODO: step 2 — .Result waits for the pig by blocking the loop's thread, and only the loop can bring the pig: await it.
        var pig = promise2.Result;
        return dog + pig;
    }

    /// <summary><c>c().then(result => console.log(result + "!"))</c>.</summary>
    // TODO: step 3 — async void: return Task instead.
    public static async void Report(EventLoop loop, Task<string> c)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(c);

        // TODO: step 5 — ConfigureAwait(false) lets the rest of Report run on the thread pool, but the next line logs on the loop.
        var result = await c.ConfigureAwait(false);
        loop.Log(result + "!");
    }

    // TODO: step 1 — this program is broken on purpose. Delete this method and its call in Main, then run the tests.
    private static void NotStartedYet() =>
        throw new NotSolvedYetException(
            "Kata 16 (escapes and deadlocks), step 1: the program is broken on purpose. Build it and read the VSTHRD warnings, " +
            "then delete NotStartedYet() from DogPig.cs and run the tests again: the loop names each mistake (README.md, steps 2-5).");
}

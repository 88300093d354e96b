using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: the 💥 program, c()'s try/catch/finally around two awaited Tasks.</summary>
public static class DogBoom
{
    /// <summary>A Task that fails with <paramref name="reason"/> after <paramref name="delayMs"/> milliseconds of loop time.</summary>
    public static async Task<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        throw reason;
    }

    /// <summary>The 💥 program: "catch 💥", then "finally", at 500 ms; c finishes with no value.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = DogPig.Delay(loop, "🐶", 200);
        var promise2 = Fail(loop, new InvalidOperationException("💥"), 500);
        var c = C(loop, promise1, promise2);
        loop.Log("main: end");
        var value = await c;
        loop.Log($"c: finished with {value ?? "no value"}");
    }

    /// <summary>
    /// <c>async function c() { try { let v1 = await promise1; let v2 = await promise2; return v1 + v2; }
    /// catch (e) { console.log("catch " + e.message); } finally { console.log("finally"); } }</c>
    /// </summary>
    public static Task<string?> C(EventLoop loop, Task<string> promise1, Task<string> promise2) =>
        // TODO: step 5 — an async method: the JavaScript's try/catch/finally, line for line ("catch " + the message; "finally").
        throw new NotSolvedYetException($"Kata 13 (real tasks), step 5: in DogBoom.C, write c()'s try {{ await {nameof(promise1)}; await {nameof(promise2)}; }} catch {{ log \"catch \" + message }} finally {{ log \"finally\" }}.");
}

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
    public static async Task<string?> C(EventLoop loop, Task<string> promise1, Task<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(promise1);
        ArgumentNullException.ThrowIfNull(promise2);
        try
        {
            var v1 = await promise1;
            var v2 = await promise2; // a Task's await throws the exception itself (the first one), not an AggregateException
            return v1 + v2;
        }
        catch (Exception error)
        {
            loop.Log("catch " + error.Message);
        }
        finally
        {
            // The compiler guards the finally so that suspending at an await does not run it: it runs once, at 500 ms.
            loop.Log("finally");
        }

        return null;
    }
}

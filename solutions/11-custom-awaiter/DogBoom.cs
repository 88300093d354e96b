using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomAwaiter;

/// <summary>Kata 11: the 💥 program, c()'s try/catch/finally around two awaits on the kit's promises.</summary>
public static class DogBoom
{
    /// <summary>A promise rejected with <paramref name="reason"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(reason), delayMs));
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
    public static async Task<string?> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(loop);
        try
        {
            var v1 = await promise1;
            var v2 = await promise2;
            return v1 + v2;
        }
        catch (Exception error)
        {
            loop.Log("catch " + error.Message);
        }
        finally
        {
            loop.Log("finally");
        }

        return null;
    }
}

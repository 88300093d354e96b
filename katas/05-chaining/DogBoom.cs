using ContinuationKatas.Runtime;

namespace Katas.Chaining;

/// <summary>Kata 05: the 💥 program with Catch and Finally.</summary>
public static class DogBoom
{
    /// <summary>A promise rejected with <paramref name="reason"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(reason), delayMs));
    }

    /// <summary>The 💥 program: "catch 💥", then "finally", at 500 ms; c finishes with no value.</summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = DogPig.Delay(loop, "🐶", 200);
        var promise2 = Fail(loop, new InvalidOperationException("💥"), 500);
        C(loop, promise1, promise2).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
        loop.Log("main: end");
    }

    /// <summary>
    /// c(): <c>try { v1 = await promise1; v2 = await promise2; return v1 + v2; } catch (e) { log("catch " + e.message); }
    /// finally { log("finally"); }</c>, as a chain.
    /// </summary>
    public static Promise<string?> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 6 — the try block as a chain (promise1, then promise2, joined), then Catch that logs
        // "catch " + error.Message and returns null, then Finally that logs "finally".
        throw new NotSolvedYetException("Kata 05 (chaining), step 6: in DogBoom.C, chain the two promises, then Catch (log \"catch …\", return null), then Finally (log \"finally\").");
    }
}

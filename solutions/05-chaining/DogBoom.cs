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
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(promise1);

        // The try block is the chain up to Catch: a rejection anywhere in it skips the remaining steps (they
        // have no onRejected, so the reason passes through) and lands in Catch. Catch returns null, the
        // JavaScript's "no value", so c ends fulfilled. Finally sits after Catch, so it runs once either way.
        return promise1
            .Then(v1 => promise2.Then<string?>(v2 => v1 + v2))
            .Catch(error =>
            {
                loop.Log("catch " + error.Message);
                return null;
            })
            .Finally(() => loop.Log("finally"));
    }
}

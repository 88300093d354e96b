using ContinuationKatas.Runtime;

namespace Katas.Combinators;

/// <summary>
/// Kata 06: the 💥 program with the timings swapped, promise1 at 2000 ms and promise2 rejected at 500 ms. The
/// rejection comes while c is still waiting for promise1, so for 1500 ms nobody handles it.
/// </summary>
public static class UnhandledRejection
{
    /// <summary>A promise rejected with <paramref name="reason"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(reason), delayMs));
    }

    /// <summary>
    /// Prints "unhandled rejection: 💥" at 500 ms; at 2000 ms "catch 💥", "finally", "c: finished with no value",
    /// and "rejection handled: 💥" — as Node reports it.
    /// </summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = DogPig.Delay(loop, "🐶", 2000);
        var promise2 = Fail(loop, new InvalidOperationException("💥"), 500);
        C(loop, promise1, promise2).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
        loop.Log("main: end");
    }

    /// <summary>c() of the 💥 program (kata 05): <c>try { await promise1; await promise2; } catch { … } finally { … }</c>.</summary>
    public static Promise<string?> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(promise1);

        // promise2.Then is called only when promise1 has arrived: that is when c "awaits" promise2, and the
        // moment promise2's rejection stops being unhandled.
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

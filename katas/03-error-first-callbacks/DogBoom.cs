using ContinuationKatas.Runtime;

namespace Katas.ErrorFirstCallbacks;

/// <summary>Kata 03: the 💥 program with error-first callbacks and a hand-made finally.</summary>
public static class DogBoom
{
    /// <summary>Calls back with (null, "🐶") 200 ms later.</summary>
    public static void Dog(EventLoop loop, Action<Exception?, string?> callback) =>
        loop.SetTimeout(() => callback(null, "🐶"), 200);

    /// <summary>Calls back with (💥, null) 500 ms later.</summary>
    public static void Explode(EventLoop loop, Action<Exception?, string?> callback) =>
        loop.SetTimeout(() => callback(new InvalidOperationException("💥"), null), 500);

    /// <summary>The 💥 program: "catch 💥", then "finally", at 500 ms; c finishes with no value.</summary>
    public static void Main(EventLoop loop)
    {
        loop.Log("main: start");
        C(
            loop,
            callback => Dog(loop, callback),
            callback => Explode(loop, callback),
            (error, value) => loop.Log(error is null ? $"c: finished with {value ?? "no value"}" : $"c: failed with {error.Message}"));
        loop.Log("main: end");
    }

    /// <summary>
    /// c() from the JavaScript, in callbacks: <c>try { v1 = await first; v2 = await second; return v1 + v2; }
    /// catch (e) { log("catch " + e.message); } finally { log("finally"); }</c>. Both operations start at once;
    /// their outcomes are taken in await order, first then second; <paramref name="done"/> is called once.
    /// </summary>
    public static void C(
        EventLoop loop,
        Action<Action<Exception?, string?>> startFirst,
        Action<Action<Exception?, string?>> startSecond,
        Action<Exception?, string?> done)
    {
        // TODO: step 1 — start both operations and keep each outcome (error or value) when it arrives.
        // TODO: step 2 — act in await order: nothing until the first outcome is in; then the second.
        // TODO: step 3 — on an error: log "catch " + error.Message, then finally, then done(null, null).
        // TODO: step 4 — on success: finally, then done(null, first + second). "finally" is logged exactly once.
        throw new NotSolvedYetException("Kata 03 (error-first callbacks), step 1: in DogBoom.C, start both operations and keep each outcome as it arrives.");
    }
}

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
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(startFirst);
        ArgumentNullException.ThrowIfNull(startSecond);
        ArgumentNullException.ThrowIfNull(done);

        Outcome? first = null;
        Outcome? second = null;
        var finished = false;

        // The hand-made finally: one function that every way out of c goes through, once.
        void Finish(string? value)
        {
            finished = true;
            loop.Log("finally");
            done(null, value);
        }

        // Where c would be after each await. An outcome that arrives early waits in its slot until c
        // gets to it: an error from the second operation is "caught" only once the first has arrived.
        void Step()
        {
            if (finished || first is null)
            {
                return;
            }

            if (first.Error is { } firstError)
            {
                loop.Log("catch " + firstError.Message);
                Finish(null);
                return;
            }

            if (second is null)
            {
                return;
            }

            if (second.Error is { } secondError)
            {
                loop.Log("catch " + secondError.Message);
                Finish(null);
                return;
            }

            Finish(first.Value + second.Value);
        }

        startFirst((error, value) => { first = new Outcome(error, value); Step(); });
        startSecond((error, value) => { second = new Outcome(error, value); Step(); });
    }

    private sealed record Outcome(Exception? Error, string? Value);
}

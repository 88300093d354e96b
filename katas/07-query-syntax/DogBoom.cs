using ContinuationKatas.Runtime;

namespace Katas.QuerySyntax;

/// <summary>Kata 07: the 💥 program, a query inside Catch and Finally.</summary>
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

    /// <summary>c() of the 💥 program: the try block as a query, then Catch and Finally.</summary>
    public static Promise<string?> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 5 — the try block as a query (select (string?)(v1 + v2): the cast says c may end with no value),
        // then .Catch(…) that logs "catch " + error.Message and returns null, then .Finally(…) that logs "finally".
        throw new NotSolvedYetException("Kata 07 (query syntax), step 5: write DogBoom.C as a query, then Catch and Finally.");
    }
}

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
        ArgumentNullException.ThrowIfNull(loop);

        // Query syntax has no catch or finally clause: the query is the try block, and the handlers are chained
        // onto it as methods. A rejection anywhere in the query skips select and lands in Catch. The cast is for the
        // reader: the query's type says that c may end with no value (Catch's null); the compiler does not insist on it.
        var tryBlock = from v1 in promise1
                       from v2 in promise2
                       select (string?)(v1 + v2);
        return tryBlock
            .Catch(error =>
            {
                loop.Log("catch " + error.Message);
                return null;
            })
            .Finally(() => loop.Log("finally"));
    }
}

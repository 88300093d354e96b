using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using static Katas.GeneratorErrors.Co;

namespace Katas.GeneratorErrors;

/// <summary>Kata 09: the 💥 program as an iterator, under C#'s rules for <c>yield</c> inside <c>try</c>.</summary>
public static class DogBoom
{
    /// <summary>A promise fulfilled with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));
    }

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
        var promise1 = Delay(loop, "🐶", 200);
        var promise2 = Fail(loop, new InvalidOperationException("💥"), 500);
        Run<string?>(loop, C(loop, promise1, promise2)).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
        loop.Log("main: end");
    }

    /// <summary>
    /// c(): <c>try { v1 = await promise1; v2 = await promise2; return v1 + v2; } catch (e) { log("catch " + e.message); }
    /// finally { log("finally"); }</c>, as an iterator.
    /// </summary>
    public static IEnumerable<object> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 3 — an iterator: the JavaScript's try/finally around everything (a yield may sit in a try that has
        // only a finally), and for each await: yield AwaitSettled(promise), then read its Value inside a try/catch of its
        // own (CS1626: no yield in a try that has a catch). The catch logs "catch " + error.Message and ends c with
        // `yield break`; the finally logs "finally"; at the end, yield Return(v1 + v2).
        throw new NotSolvedYetException("Kata 09 (generator errors), step 3: in DogBoom.C, write the 💥 program as an iterator: try/finally around it all, and each outcome read after its yield inside a try/catch.");
    }
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks.Rungs;

/// <summary>
/// Dog+pig as an async stream: an <c>IAsyncEnumerable&lt;string&gt;</c> yields 🐶 at 2000 ms and 🐷 at 5000 ms, and c()
/// reads it with <c>await foreach</c>. Mirrors kata 15's solution, which was being written when this rung was; swap
/// this for <c>solutions/15-*</c> once it exists.
/// </summary>
internal static class AsyncStreamRung
{
    /// <summary>The dog+pig program's main (not named Main: this assembly is an exe): prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static async Task DogPig(EventLoop loop)
    {
        loop.Log("main: start");
        var c = C(Animals(loop));
        loop.Log("main: end");
        loop.Log(await c + "!");
    }

    /// <summary>c(): joins what the stream yields, in the order it yields it.</summary>
    private static async Task<string> C(IAsyncEnumerable<string> animals)
    {
        var result = string.Empty;
        await foreach (var animal in animals)
        {
            result += animal;
        }

        return result;
    }

    /// <summary>The stream: both fetches start before the first yield, so it ends at 5000 ms, not 2000 + 5000.</summary>
    private static async IAsyncEnumerable<string> Animals(EventLoop loop)
    {
        var dog = Delay(loop, "🐶", 2000);
        var pig = Delay(loop, "🐷", 5000);
        yield return await dog;
        yield return await pig;
    }

    private static async Task<string> Delay(EventLoop loop, string value, int delayMs)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        return value;
    }
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/62-async-generator-lazy.js: an async Task method is eager, an async iterator lazy, as in JavaScript.</summary>
internal static class AsyncGeneratorLazy
{
    public static async Task Run(EventLoop loop)
    {
        loop.Log("main: start");
        var done = Body(loop);
        loop.Log("main: async function called");
        var animals = Stream(loop);
        loop.Log("main: async generator called");
        var enumerator = animals.GetAsyncEnumerator();
        var first = enumerator.MoveNextAsync();
        loop.Log("main: next() called");
        await first;
        loop.Log("main: first value " + enumerator.Current);
        await done;
        await enumerator.DisposeAsync();
        loop.Log("main: end");
    }

    private static async Task Body(EventLoop loop)
    {
        loop.Log("async function: body starts");
        await Task.Delay(TimeSpan.FromMilliseconds(1000), loop.TimeProvider);
        loop.Log("async function: body ends");
    }

    private static async IAsyncEnumerable<string> Stream(EventLoop loop)
    {
        loop.Log("async generator: body starts");
        await Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider);
        yield return "🐶";
        loop.Log("async generator: never resumed");
    }
}

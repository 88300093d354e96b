using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/64-async-generator-async-cleanup.js: leaving the loop early awaits the producer's finally, awaits and all.</summary>
internal static class AsyncGeneratorAsyncCleanup
{
    public static async Task Run(EventLoop loop)
    {
        loop.Log("main: start");
        await foreach (var animal in Animals(loop))
        {
            loop.Log("got " + animal);
            break;
        }

        loop.Log("main: end");
    }

    private static async IAsyncEnumerable<string> Animals(EventLoop loop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider);
            yield return "🐶";
            await Task.Delay(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
            yield return "🐷";
        }
        finally
        {
            loop.Log("producer: cleaning up");
            await Task.Delay(TimeSpan.FromMilliseconds(1000), loop.TimeProvider);
            loop.Log("producer: cleaned up");
        }
    }
}

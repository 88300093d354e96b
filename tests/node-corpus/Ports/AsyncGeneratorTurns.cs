using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/63-async-generator-turns.js: in C#, await foreach over values that are ready takes no turn.</summary>
internal static class AsyncGeneratorTurns
{
    public static Task Run(EventLoop loop)
    {
        loop.Log("main: start");
        var consumer = Consume(loop);
        var turns = Promise.Resolve(loop, 0);
        for (var turn = 1; turn <= 10; turn++)
        {
            var now = turn;
            turns = turns.Then(_ =>
            {
                loop.Log("turn " + now);
                return 0;
            });
        }

        loop.Log("main: end");
        return consumer;
    }

    private static async Task Consume(EventLoop loop)
    {
        await foreach (var animal in Animals())
        {
            loop.Log("got " + animal);
        }

        loop.Log("consumer: done");
    }

    // Nothing to wait for: each MoveNextAsync returns a ValueTask<bool> that is already complete.
    private static async IAsyncEnumerable<string> Animals()
    {
        await Task.CompletedTask;
        yield return "🐶";
        yield return "🐷";
    }
}

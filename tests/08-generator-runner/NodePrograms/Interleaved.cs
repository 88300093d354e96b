using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.GeneratorRunner;
using static Katas.GeneratorRunner.Co;

namespace ContinuationKatas.NodePrograms;

/// <summary>
/// tests/node-corpus/programs/22-generator-interleaved.js: the runner's steps take their microtask turns between
/// the steps of a then chain. Kata 08's tests run it on the learner's runner; the node corpus on the reference one.
/// </summary>
internal static class Interleaved
{
    public static void Run(EventLoop loop) => Run(loop, Co.Run<int>);

    /// <summary>The program on the given runner (the kit's tests also run it on deliberately wrong ones).</summary>
    public static void Run(EventLoop loop, Func<EventLoop, IEnumerable<object>, Promise<int>> run)
    {
        loop.Log("main: start");
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("a1"))
            .Then(_ => loop.Log("a2"))
            .Then(_ => loop.Log("a3"))
            .Then(_ => loop.Log("a4"))
            .Then(_ => loop.Log("a5"));

        run(loop, C(loop)).Then(
            sum => loop.Log($"c: finished with {sum}"),
            error => loop.Log("c: rejected: " + error.Message));
        loop.Log("main: end");
    }

    private static IEnumerable<object> C(EventLoop loop)
    {
        loop.Log("c0: runs at once, inside run()");
        var one = Await(Promise.Resolve(loop, 1));
        yield return one;
        loop.Log($"c1: got {one.Value}");
        var two = Await(Promise.Resolve(loop, 2));
        yield return two;
        loop.Log($"c2: got {two.Value}");
        yield return Return(one.Value + two.Value);
    }
}

using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.GeneratorErrors;
using static Katas.GeneratorErrors.Co;

namespace ContinuationKatas.NodePrograms;

/// <summary>
/// tests/node-corpus/programs/24-generator-abandoned.js: an iterator abandoned at a rejection it does not catch runs its
/// finally once, when the rejection arrives; one that runs to its Return runs it once, at its end. Kata 09's tests run it
/// on the learner's runner; the node corpus on the reference one.
/// </summary>
internal static class Abandoned
{
    public static void Run(EventLoop loop) => Run(loop, Co.Run<string>);

    /// <summary>The program on the given runner (the kit's tests also run it on deliberately wrong ones).</summary>
    public static void Run(EventLoop loop, Func<EventLoop, IEnumerable<object>, Promise<string>> run)
    {
        loop.Log("main: start");
        var promise1 = DogBoom.Delay(loop, "🐶", 200);
        var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
        var promise3 = DogBoom.Delay(loop, "🐷", 700);

        Report(run(loop, C(loop, "abandoned", promise1, promise2)), "abandoned");
        Report(run(loop, C(loop, "normal", promise1, promise3)), "normal");
        loop.Log("main: end");

        void Report(Promise<string> c, string name) => c.Then(
            value => loop.Log($"{name}: finished with {value}"),
            error => loop.Log($"{name}: rejected with {error.Message}"));
    }

    private static IEnumerable<object> C(EventLoop loop, string name, Promise<string> first, Promise<string> second)
    {
        try
        {
            var v1 = Await(first);
            yield return v1;
            loop.Log($"{name}: got {v1.Value}");
            var v2 = Await(second);
            yield return v2;
            loop.Log($"{name}: got {v2.Value}");
            yield return Return(v1.Value + v2.Value);
        }
        finally
        {
            loop.Log($"{name}: finally");
        }
    }
}

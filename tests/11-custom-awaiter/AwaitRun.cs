using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.CustomAwaiter.Tests;

/// <summary><see cref="KataRun.Run(Func{EventLoop, Task?}, LoopOptions?)"/>, with the awaiter's own failures named first.</summary>
internal static class AwaitRun
{
    /// <summary>Runs <paramref name="main"/> and returns its transcript, or fails the test with the mistake named.</summary>
    public static Transcript Run(Func<EventLoop, Task?> main)
    {
        var outcome = KataRun.TryRun(main);
        if (outcome.Error is EventLoopException { Failure: EventLoopFailure.Escaped } escaped)
        {
            Assert.Fail($"{AwaiterMistakes.OtherThread}: the rest of c() ran off the loop and called it from there. The continuation must " +
                        $"run as the promise's reaction, a microtask on the loop (step 3).\n{escaped.Message}");
        }

        if (KataRun.Explain(outcome) is { } failure)
        {
            Assert.Fail(failure);
        }

        return outcome.Transcript!;
    }
}

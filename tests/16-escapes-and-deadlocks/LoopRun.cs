using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.EscapesAndDeadlocks.Tests;

/// <summary>
/// <see cref="KataRun.Run(Func{EventLoop, Task?}, LoopOptions?)"/>, with the README's step put before the loop's own
/// message: the loop names the mistake and where it is; the lead says which step repairs it.
/// </summary>
internal static class LoopRun
{
    /// <summary>Runs <paramref name="main"/> and returns its transcript, or fails the test with the mistake named.</summary>
    public static Transcript Run(Func<EventLoop, Task?> main)
    {
        var outcome = KataRun.TryRun(main);
        if (KataRun.Explain(outcome) is { } failure)
        {
            Assert.Fail(Mistakes.Lead(outcome.Error) + failure);
        }

        return outcome.Transcript!;
    }

    /// <summary>Runs <paramref name="main"/> (the kata's <c>Action</c> or <c>Func</c> main, as written) the same way.</summary>
    public static Transcript Run(Delegate main) => Run(loop => main.DynamicInvoke(loop) as Task);

    /// <summary>
    /// Step 2 first: with <c>.Result</c> still in C, the programs that also run off the loop (step 4) would fail with
    /// whichever mistake a thread-pool thread reached first. C alone on the loop fails the same way every time.
    /// </summary>
    public static void RequireCToAwait() => Run(async loop => loop.Log(await DogPig.C(DogPig.Delay(loop, "🐶", 2000), DogPig.Delay(loop, "🐷", 5000))));
}

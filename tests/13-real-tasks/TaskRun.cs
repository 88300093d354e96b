using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary><see cref="KataRun.Run(Func{EventLoop, Task?}, LoopOptions?)"/>, with this rung's stall named.</summary>
internal static class TaskRun
{
    /// <summary>Runs <paramref name="main"/> and returns its transcript, or fails the test with the mistake named.</summary>
    public static Transcript Run(Func<EventLoop, Task?> main, LoopOptions? options = null)
    {
        var outcome = KataRun.TryRun(main, options);
        if (Explain(outcome) is { } failure)
        {
            Assert.Fail(failure);
        }

        return outcome.Transcript!;
    }

    /// <summary>The failure message for <paramref name="outcome"/>, or <see langword="null"/> if the run went well.</summary>
    public static string? Explain(KataOutcome outcome)
    {
        if (KataRun.FindNotSolved(outcome.Error) is null
            && outcome.Error is EventLoopException { Failure: EventLoopFailure.Stalled } stalled)
        {
            // Nothing left on the loop, yet main's Task is not done: whatever it awaits is not the loop's.
            return $"{TaskMistakes.RealClock}, or a Task that nothing completes: main's Task has not finished, and nothing is left " +
                   "on the loop that could finish it. Task.Delay(delay, loop.TimeProvider) is a loop timer, on virtual time; " +
                   "Task.Delay(delay, TimeProvider.System), or a timer of its own, runs on the real clock, which the loop does not wait " +
                   "for (step 1; in Retry.RunAsync, pass Task.Delay the TimeProvider RunAsync was given, step 7). A TaskCompletionSource whose SetResult never runs leaves its Task pending for ever (step 6).\n" +
                   stalled.Message;
        }

        return KataRun.Explain(outcome);
    }
}

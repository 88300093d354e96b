using ContinuationKatas.Runtime;

namespace Katas.RealTasks.Tests;

/// <summary>The program every fixture runs first: while it says "not solved yet", so does every test, with the next step.</summary>
internal static class Gate
{
    // Ten minutes of loop time, far beyond the 1 ms asked for and within the loop's limit (an hour): only a Delay that
    // never ends on the loop's clock meets it.
    private const long NeverMs = 10 * 60 * 1000;

    /// <summary>Steps 1 and 2, in order: Delay on its own first (main calls C before C calls Delay), then dog+pig.</summary>
    public static async Task DogPigSolved(EventLoop loop)
    {
        await DelayOnTheLoopsClock(loop);
        await DogPig.Main(loop);
    }

    // Step 1 passes only with a delay that ends on a loop timer. A zero-length delay ends at once on any clock, so this one
    // waits 1 ms. Both ways it can end, the delay and the guard, are decided on the loop's thread, so the answer does not
    // depend on when a real timer fires: on TimeProvider.System the delay ends at 0 ms of loop time, or after the guard,
    // and the message is the same.
    private static async Task DelayOnTheLoopsClock(EventLoop loop)
    {
        var delay = DogPig.Delay(loop, "🐶", 1);
        var endedAt = new TaskCompletionSource<long?>();
        var guard = loop.SetTimeout(() => endedAt.TrySetResult(null), NeverMs);
        _ = RecordEnd(loop, delay, endedAt);
        var end = await endedAt.Task;
        loop.ClearTimeout(guard);
        if (end is not >= 1)
        {
            throw new NotSolvedYetException(
                "Kata 13 (real tasks), step 1: DogPig.Delay(loop, \"🐶\", 1) did not end at 1 ms of loop time. " +
                $"{TaskMistakes.RealClock}: Task.Delay(delay, TimeProvider.System) waits on the real " +
                "clock, which the loop neither moves nor waits for. In DogPig.Delay, await " +
                "Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider), then return value.");
        }

        await delay; // a Delay that failed fails here, with its own exception
    }

    // Sets endedAt to the loop's time when delay ends (fails included), back on the loop's thread.
    private static async Task RecordEnd(EventLoop loop, Task delay, TaskCompletionSource<long?> endedAt)
    {
        await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        endedAt.TrySetResult(loop.Now);
    }
}

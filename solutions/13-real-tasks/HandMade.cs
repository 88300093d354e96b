using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: a Task made by hand, as <c>new Promise(resolve => setTimeout(() => resolve(value), ms))</c> is.</summary>
public static class HandMade
{
    /// <summary>
    /// A Task that completes with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds, completed by a
    /// loop timer through a TaskCompletionSource. Whoever awaits it resumes after the timer callback, never inside it.
    /// </summary>
    public static Task<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);

        // Without RunContinuationsAsynchronously, SetResult would run the awaiting method inline, inside the timer
        // callback, before SetResult returns. With it, the continuation is posted to the loop's context: a microtask,
        // as JavaScript's resolve() queues its reactions.
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.SetTimeout(() => source.SetResult(value), delayMs);
        return source.Task;
    }
}

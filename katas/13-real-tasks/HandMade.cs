using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: a Task made by hand, as <c>new Promise(resolve => setTimeout(() => resolve(value), ms))</c> is.</summary>
public static class HandMade
{
    /// <summary>
    /// A Task that completes with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds, completed by a
    /// loop timer through a TaskCompletionSource. Whoever awaits it resumes after the timer callback, never inside it.
    /// </summary>
    public static Task<string> Delay(EventLoop loop, string value, long delayMs) =>
        // TODO: step 6 — a TaskCompletionSource<string>, SetResult from loop.SetTimeout, and its Task returned. Which options?
        throw new NotSolvedYetException("Kata 13 (real tasks), step 6: in HandMade.Delay, complete a TaskCompletionSource<string> from loop.SetTimeout and return its Task; the awaiting method must not run inside SetResult.");
}

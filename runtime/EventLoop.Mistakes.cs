using System.Runtime.ExceptionServices;

namespace ContinuationKatas.Runtime;

/// <summary>The mistakes the loop names as they happen: a synchronous wait, an <c>async void</c> method, an escape.</summary>
public sealed partial class EventLoop
{
    private readonly List<string> asyncVoid = [];

    /// <summary>Whether a callback is running on the loop's thread right now (not the loop waiting between callbacks).</summary>
    internal bool InCallback => running is not null;

    /// <summary>
    /// Called by the loop's context when its thread is about to block in a wait on an unfinished Task: fails the run.
    /// The returned exception is also recorded, so a program that catches it still fails.
    /// </summary>
    internal EventLoopException Blocked(SyncWait wait) => fatal ??= Fail(
        EventLoopFailure.Blocked,
        $"Blocked at t={Now} ms: the loop was blocked by a synchronous wait, {wait.Call} on an unfinished Task, in {running?.What ?? "a callback"}, " +
        $"called from {wait.Where}. The wait holds the loop's thread, so a Task that needs the loop to finish (a loop timer, an await " +
        "that resumes on the loop) never can: a deadlock. " +
        $"Use await instead of {wait.Call}.");

    /// <summary>An <c>async void</c> method has started: until it completes, it counts as pending work.</summary>
    internal void AsyncVoidStarted(string method)
    {
        var description = $"an async void method, {method}, started at t={Now} ms and not finished";
        if (IsOnLoopThread && !finished)
        {
            pending.Add(description);
            asyncVoid.Add(description);
        }
    }

    /// <summary>An <c>async void</c> method has completed (possibly on another thread: then the loop is told).</summary>
    internal void AsyncVoidCompleted(string method)
    {
        void Remove()
        {
            var entry = asyncVoid.FindIndex(started => started.StartsWith($"an async void method, {method},", StringComparison.Ordinal));
            entry = entry < 0 ? asyncVoid.Count - 1 : entry;
            if (entry >= 0)
            {
                pending.Remove(asyncVoid[entry]);
                asyncVoid.RemoveAt(entry);
            }
        }

        if (IsOnLoopThread)
        {
            Remove();
        }
        else if (!finished)
        {
            PostFromAnyThread(Remove);
        }
    }

    /// <summary>Throws, on the loop, the exception an <c>async void</c> method threw: nothing else could catch it.</summary>
    /// <param name="thrown">The exception, as the method's builder posted it.</param>
    /// <param name="method">The async void method, as named by <see cref="StackFrames.Name"/>.</param>
    internal void ThrowFromAsyncVoid(ExceptionDispatchInfo thrown, string method)
    {
        var error = thrown.SourceException;
        throw fatal ??= Fail(
            EventLoopFailure.Uncaught,
            $"Uncaught exception at t={Now} ms from an async void method, {method}: {error.GetType().Name}: {error.Message}. " +
            "An async void method has no Task to carry its exception, so no caller's catch can see it: it reached the loop. " +
            $"Make {method} return Task, and await it{ThrownAt(error)}",
            error);
    }
}

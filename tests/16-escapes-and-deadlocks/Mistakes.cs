using ContinuationKatas.Runtime;

namespace Katas.EscapesAndDeadlocks.Tests;

/// <summary>Which step of the README repairs the mistake the loop named.</summary>
internal static class Mistakes
{
    /// <summary>A sync wait: the loop fails as blocked.</summary>
    public const string SyncWait = "Step 2, a synchronous wait";

    /// <summary>An exception from an async void method reached the loop.</summary>
    public const string AsyncVoid = "Step 3, an async void method";

    /// <summary>Code inside Task.Run called the loop.</summary>
    public const string TaskRun = "Step 4, Task.Run";

    /// <summary>Code after an await with ConfigureAwait(false) called the loop.</summary>
    public const string ConfigureAwaitFalse = "Step 5, ConfigureAwait(false)";

    /// <summary>"Step N, the mistake (README.md): " for the failure, or nothing when the loop's message is all there is to say.</summary>
    public static string Lead(Exception? error) => error switch
    {
        EventLoopException { Failure: EventLoopFailure.Blocked } => Say(SyncWait),
        EventLoopException { Failure: EventLoopFailure.Uncaught } uncaught when uncaught.Message.Contains("from an async void method", StringComparison.Ordinal)
            => Say(AsyncVoid),
        EventLoopException { Failure: EventLoopFailure.Escaped } escaped when escaped.Message.Contains("Task.Run", StringComparison.Ordinal)
            => Say(TaskRun),
        EventLoopException { Failure: EventLoopFailure.Escaped } escaped when escaped.Message.Contains("ConfigureAwait", StringComparison.Ordinal)
            => Say(ConfigureAwaitFalse),
        _ => string.Empty,
    };

    private static string Say(string step) => $"{step} (README.md). The loop says:\n";
}

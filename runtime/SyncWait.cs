using System.Diagnostics;

namespace ContinuationKatas.Runtime;

/// <summary>A synchronous wait on a Task, read from the blocked thread's stack: what was called, and where.</summary>
/// <param name="Call">How the program waited, as written: ".Result", ".Wait()", ".GetAwaiter().GetResult()", "Task.WaitAll(…)".</param>
/// <param name="Where">The program's method that waited, with its file and line when known.</param>
internal sealed record SyncWait(string Call, string Where)
{
    /// <summary>
    /// The Task wait on the calling thread's stack, or <see langword="null"/> when the thread is waiting for something
    /// else (a contended lock, say, which another thread will release).
    /// </summary>
    public static SyncWait? Find()
    {
        var frames = StackFrames.Here();
        var waiting = Array.FindIndex(frames, frame =>
            StackFrames.Is(frame, "Task", "InternalWaitCore") || StackFrames.Is(frame, "Task", "WaitAllCore") ||
            StackFrames.Is(frame, "Task", "WaitAnyCore") || StackFrames.Is(frame, "Task", "SpinThenBlockingWait"));
        if (waiting < 0)
        {
            return null;
        }

        var program = Array.FindIndex(frames, waiting, StackFrames.IsProgram);
        if (program < 0)
        {
            return new SyncWait("a wait on a Task", "code outside the program");
        }

        // The framework frame nearest the program's is the member the program called.
        return new SyncWait(CallOf(frames[program - 1]), StackFrames.Where(frames[program]));
    }

    private static string CallOf(StackFrame entry) => entry.GetMethod() is not { } method ? "a wait on a Task" : method.Name switch
    {
        "get_Result" or "GetResultCore" => ".Result",
        "Wait" => ".Wait()",
        "GetResult" or "HandleNonSuccessAndDebuggerNotification" or "ValidateEnd" => ".GetAwaiter().GetResult()",
        "WaitAll" => "Task.WaitAll(…)",
        "WaitAny" => "Task.WaitAny(…)",
        var other => $"{method.DeclaringType?.Name}.{other}",
    };
}

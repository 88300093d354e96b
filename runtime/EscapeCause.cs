using System.Diagnostics;
using System.Reflection;

namespace ContinuationKatas.Runtime;

/// <summary>Why code ran off the loop, read from the foreign thread's stack and from the IL of the async method on it.</summary>
internal static class EscapeCause
{
    /// <summary>The likely cause, as advice to the learner, or <see langword="null"/> when the stack does not tell.</summary>
    public static string? Find()
    {
        var frames = StackFrames.Here();
        var first = Array.FindIndex(frames, StackFrames.IsProgram);
        if (first < 0)
        {
            return null;
        }

        var where = StackFrames.Where(frames[first]);
        var asyncMethod = Array.Find(frames[first..], frame => StackFrames.IsProgram(frame) && StackFrames.IsAsyncMethod(frame));
        if (asyncMethod?.GetMethod() is { } moveNext && LeavingAwait(moveNext) is { } call)
        {
            return $"{StackFrames.Name(moveNext)} awaits with {call}, so the rest of it ran on a thread-pool thread " +
                   $"(here: {where}). Await without it: the rest of the method then comes back to the loop";
        }

        // A Task's own delegate (Task.Run, Task.Factory.StartNew, ContinueWith) runs through ExecuteWithThreadLocal; the
        // program's frame nearest it is the delegate itself.
        var task = Array.FindIndex(frames, frame => StackFrames.Is(frame, "Task", "InnerInvoke") || StackFrames.Is(frame, "Task", "ExecuteWithThreadLocal"));
        if (task > first)
        {
            var body = Array.FindLastIndex(frames, task - 1, task - first, StackFrames.IsProgram);
            var from = body == first ? string.Empty : $"; from there, {where} called the loop";
            return $"{StackFrames.Where(frames[body])} runs inside Task.Run (or Task.Factory.StartNew, or a ContinueWith), whose delegate " +
                   $"runs on the thread pool{from}. Call it directly on the loop; a Task it returns can be awaited there";
        }

        if (asyncMethod?.GetMethod() is { } resumed)
        {
            return $"{StackFrames.Name(resumed)} was resumed on a thread-pool thread (here: {where}): it was started off the loop, " +
                   "or awaited something that does not come back to the loop's SynchronizationContext";
        }

        if (frames.Any(frame => StackFrames.Is(frame, "TimerQueue", "FireNextTimers") || StackFrames.Is(frame, "TimerQueueTimer", "Fire")))
        {
            return $"{where} is a System.Threading.Timer callback: a timer that is not the loop's. Use loop.SetTimeout or loop.TimeProvider";
        }

        return Thread.CurrentThread.IsThreadPoolThread
            ? $"{where} was queued to the thread pool (ThreadPool.QueueUserWorkItem or the like)"
            : $"{where} runs on a thread of its own (new Thread)";
    }

    /// <summary>
    /// "ConfigureAwait(false)" or "ConfigureAwait(ConfigureAwaitOptions.ForceYielding)" when the method's IL calls
    /// ConfigureAwait with a constant that lets the continuation run anywhere; "ConfigureAwait(…)" when the argument
    /// is not a constant; <see langword="null"/> when every ConfigureAwait keeps the loop (or there is none).
    /// </summary>
    internal static string? LeavingAwait(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return null;
        }

        for (var at = 1; at + 4 < il.Length; at++)
        {
            if (il[at] is not (0x28 or 0x6F) || il[at + 4] is not (0x06 or 0x0A or 0x2B)
                || Resolve(method.Module, BitConverter.ToInt32(il, at + 1)) is not { Name: "ConfigureAwait" } configure)
            {
                continue;
            }

            var byOptions = configure.GetParameters() is [{ ParameterType: var type }] && type == typeof(ConfigureAwaitOptions);
            var argument = Constant(il, at);
            var leaves = argument switch
            {
                null => true,
                var value when byOptions => (value & (int)ConfigureAwaitOptions.ContinueOnCapturedContext) == 0,
                var value => value == 0,
            };
            if (leaves)
            {
                return argument switch
                {
                    null => "ConfigureAwait(…) (an argument that is not a constant)",
                    _ when !byOptions => "ConfigureAwait(false)",
                    var value => $"ConfigureAwait({(ConfigureAwaitOptions)value.Value}) without ConfigureAwaitOptions.ContinueOnCapturedContext",
                };
            }
        }

        return null;
    }

    // The int constant pushed just before the call at `at`, if it is one (ldc.i4.0 … ldc.i4.8, ldc.i4.s).
    private static int? Constant(byte[] il, int at) =>
        il[at - 1] is >= 0x16 and <= 0x1E ? il[at - 1] - 0x16
        : at >= 2 && il[at - 2] == 0x1F ? (sbyte)il[at - 1]
        : null;

    private static MethodBase? Resolve(Module module, int token)
    {
        try
        {
            return module.ResolveMethod(token);
        }
        catch (Exception error) when (error is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException)
        {
            return null; // bytes that only looked like a call
        }
    }
}

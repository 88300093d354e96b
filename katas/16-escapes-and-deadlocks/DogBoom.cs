using ContinuationKatas.Runtime;

namespace Katas.EscapesAndDeadlocks;

/// <summary>Kata 16: the 💥 program. The pig's promise fails; main's catch must see it.</summary>
public static class DogBoom
{
    /// <summary>A Task that fails with <paramref name="reason"/> after <paramref name="delayMs"/> milliseconds, on a loop timer.</summary>
    public static Task<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var failed = new TaskCompletionSource<string>();
        loop.SetTimeout(() => failed.SetException(reason), delayMs);
        return failed.Task;
    }

    /// <summary>The 💥 program: "catch 💥", then "finally", at 500 ms.</summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var c = DogPig.C(DogPig.Delay(loop, "🐶", 200), Fail(loop, new InvalidOperationException("💥"), 500));
        loop.Log("main: end");
        try
        {
            // TODO: step 3 — this catch never sees 💥: Report returns before c fails. Await Report's Task here (Main becomes async Task).
            DogPig.Report(loop, c);
        }
        catch (InvalidOperationException error)
        {
            loop.Log("catch " + error.Message);
        }
        finally
        {
            loop.Log("finally");
        }
    }
}

using ContinuationKatas.Runtime;

namespace Katas.StateMachine;

/// <summary>
/// The two c()s written with <c>async</c>/<c>await</c> on Tasks, for the compiler to lower: <c>./kata lower 10</c>
/// prints the state machines it made, to lay beside yours. Given, and the one place in this kata where async is
/// allowed (the technique test leaves this file alone); the tests check that it prints the same transcripts.
/// </summary>
public static class CompilerVersion
{
    /// <summary>dog+pig on Tasks: "🐶🐷!" at 5000 ms. Run it: <c>./kata run 10 --main CompilerVersion.Main</c>.</summary>
    public static Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        var done = C(promise1, promise2).ContinueWith(c => loop.Log(c.Result + "!"), TaskScheduler.FromCurrentSynchronizationContext());
        loop.Log("main: end");
        return done;
    }

    /// <summary>The 💥 program on Tasks: "catch 💥", "finally", "c: finished with no value" at 500 ms.</summary>
    public static Task MainBoom(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 200);
        var promise2 = Fail(loop, new InvalidOperationException("💥"), 500);
        var done = CBoom(loop, promise1, promise2)
            .ContinueWith(c => loop.Log($"c: finished with {c.Result ?? "no value"}"), TaskScheduler.FromCurrentSynchronizationContext());
        loop.Log("main: end");
        return done;
    }

    /// <summary>c() of dog+pig, as you would write it: the compiler turns it into a class much like your DogPigMachine.</summary>
    public static async Task<string> C(Task<string> promise1, Task<string> promise2)
    {
        var dog = await promise1;
        var pig = await promise2;
        return dog + pig;
    }

    /// <summary>c() of the 💥 program: look in its MoveNext for the guard that keeps the finally from running at an await.</summary>
    public static async Task<string?> CBoom(EventLoop loop, Task<string> promise1, Task<string> promise2)
    {
        try
        {
            var v1 = await promise1;
            var v2 = await promise2;
            return v1 + v2;
        }
        catch (Exception error)
        {
            loop.Log("catch " + error.Message);
            return null;
        }
        finally
        {
            loop.Log("finally");
        }
    }

    // A Task completed by a loop timer. RunContinuationsAsynchronously: the awaiting method resumes in a post to
    // the loop (a microtask), not inline inside SetResult, the way a promise's reaction runs.
    private static Task<string> Delay(EventLoop loop, string value, long delayMs)
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.SetTimeout(() => source.SetResult(value), delayMs);
        return source.Task;
    }

    private static Task<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        var source = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.SetTimeout(() => source.SetException(reason), delayMs);
        return source.Task;
    }
}

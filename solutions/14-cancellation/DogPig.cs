using ContinuationKatas.Runtime;

namespace Katas.Cancellation;

/// <summary>
/// Kata 14: dog+pig with a deadline of 3000 ms on the loop's clock. The dog arrives at 2000 ms; the pig, due at
/// 5000 ms, is cancelled at 3000 ms, and its timer goes with it.
/// </summary>
public static class DogPig
{
    /// <summary>The deadline: milliseconds of loop time from the start of the run.</summary>
    public const int DeadlineMs = 3000;

    /// <summary>The deadline program: "🐶⏰" at 3000 ms, after "c: cancelled" and "c: finally"; the run ends at 3000 ms.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");

        // On the loop's TimeProvider, the source's timer is a loop timer: it cancels the token at 3000 ms of loop
        // time. Without it, the source would count real milliseconds on a thread-pool timer, off the loop.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(DeadlineMs), loop.TimeProvider);
        var dog = Animal(loop, "🐶", 2000, deadline.Token);
        var pig = Animal(loop, "🐷", 5000, deadline.Token);
        var c = C(loop, dog, pig);
        loop.Log("main: end");
        loop.Log(await c);
    }

    /// <summary>
    /// <paramref name="name"/>, after <paramref name="delayMs"/> milliseconds of loop time; or, when
    /// <paramref name="token"/> is cancelled first, a cancelled Task.
    /// </summary>
    public static async Task<string> Animal(EventLoop loop, string name, long delayMs, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(loop);

        // The token goes down to the operation that does the waiting: when it is cancelled, Task.Delay disposes its
        // timer (the loop clears it) and throws TaskCanceledException here, at the time of the cancellation.
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider, token);
        return name;
    }

    /// <summary>
    /// Waits for the dog, then the pig: "🐶🐷!" when both come. When the wait is cancelled, logs "c: cancelled" and
    /// returns what had arrived, with ⏰. Logs "c: finally" exactly once, whichever way it ends.
    /// </summary>
    public static async Task<string> C(EventLoop loop, Task<string> dog, Task<string> pig)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(dog);
        ArgumentNullException.ThrowIfNull(pig);
        var arrived = string.Empty;
        try
        {
            arrived += await dog;
            loop.Log("c: " + arrived);
            arrived += await pig;
            return arrived + "!";
        }
        catch (OperationCanceledException)
        {
            // Only a cancellation is expected here; a 💥 goes on to the caller. TaskCanceledException, what
            // Task.Delay throws, is an OperationCanceledException: catching either is right.
            loop.Log("c: cancelled");
            return arrived + "⏰";
        }
        finally
        {
            // Runs once, as the method leaves the try: not at the awaits, where the method only suspends.
            loop.Log("c: finally");
        }
    }
}

using ContinuationKatas.Runtime;

namespace Katas.Cancellation;

/// <summary>
/// Kata 14, second program: main waits at most 3000 ms for c() with <c>WaitAsync</c>, on the loop's clock. A timeout
/// stops only the waiting; so when it comes, main cancels the work too, and lets c() wind down.
/// </summary>
public static class DogPigTimeout
{
    /// <summary>How long main waits for c(): milliseconds of loop time.</summary>
    public const int TimeoutMs = 3000;

    /// <summary>
    /// The timeout program: "main: stopped waiting" at 3000 ms, then c()'s "c: cancelled" and "c: finally", then
    /// "🐶⏰"; the run ends at 3000 ms, with no timer left behind.
    /// </summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        using var work = new CancellationTokenSource();
        var dog = DogPig.Animal(loop, "🐶", 2000, work.Token);
        var pig = DogPig.Animal(loop, "🐷", 5000, work.Token);
        var c = DogPig.C(loop, dog, pig);
        loop.Log("main: end");
        try
        {
            // WaitAsync gives up on the waiting after 3000 ms of loop time (its timer is a loop timer) ...
            loop.Log(await c.WaitAsync(TimeSpan.FromMilliseconds(TimeoutMs), loop.TimeProvider));
        }
        catch (TimeoutException)
        {
            loop.Log("main: stopped waiting");

            // ... but c() and its timers know nothing of it. Cancelling the work's token stops them; c() handles the
            // cancellation, and awaiting it lets its finally run before main goes on.
            // VSTHRD103 asks for CancelAsync, which runs the token's callbacks on the thread pool, off this single-threaded loop.
#pragma warning disable VSTHRD103
            work.Cancel();
#pragma warning restore VSTHRD103
            loop.Log(await c);
        }
    }
}

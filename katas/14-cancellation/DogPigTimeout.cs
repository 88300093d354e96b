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

        // TODO: step 4 — wait for c at most TimeoutMs on the loop's clock: c.WaitAsync(…, loop.TimeProvider), logging what
        // it returns; when that throws TimeoutException, log "main: stopped waiting". Run the tests and read what they say.
        // TODO: step 5 — then stop the work as well (work.Cancel()), and log what c returns once it has wound down.
        await Task.Yield();
        throw new NotSolvedYetException($"Kata 14 (cancellation), step 4: in DogPigTimeout.Main, wait for {nameof(c)} at most 3000 ms with {nameof(c)}.WaitAsync(…, loop.TimeProvider); on TimeoutException log \"main: stopped waiting\".");
    }
}

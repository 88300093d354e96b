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

        // TODO: step 1 — a CancellationTokenSource that cancels at DeadlineMs on the loop's clock (loop.TimeProvider),
        // disposed at the end of Main (`using var`); hand its token to both animals below, and delete the throw.
        throw new NotSolvedYetException("Kata 14 (cancellation), step 1: in DogPig.Main, make a CancellationTokenSource that cancels at 3000 ms of loop time (loop.TimeProvider) and hand its token to both animals.");
#pragma warning disable CS0162 // The rest is given; it runs once the throw above is gone.
        var dog = Animal(loop, "🐶", 2000, CancellationToken.None);
        var pig = Animal(loop, "🐷", 5000, CancellationToken.None);
        var c = C(loop, dog, pig);
        loop.Log("main: end");
        loop.Log(await c);
#pragma warning restore CS0162
    }

    /// <summary>
    /// <paramref name="name"/>, after <paramref name="delayMs"/> milliseconds of loop time; or, when
    /// <paramref name="token"/> is cancelled first, a cancelled Task.
    /// </summary>
    public static async Task<string> Animal(EventLoop loop, string name, long delayMs, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(loop);

        // TODO: step 2 — wait delayMs on the loop's clock with Task.Delay, and pass the token down to it; then return the name.
        await Task.Yield();
        throw new NotSolvedYetException($"Kata 14 (cancellation), step 2: in DogPig.Animal, await Task.Delay for {nameof(delayMs)} on loop.TimeProvider, passing the {nameof(token)} down, then return the {nameof(name)}.");
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

        // TODO: step 3 — await the dog, log "c: 🐶", await the pig, return "🐶🐷!"; a cancellation, and only a cancellation,
        // logs "c: cancelled" and returns what arrived + "⏰"; "c: finally" is logged once, however c() ends.
        _ = await dog; // so that step 2, Animal, comes first
        throw new NotSolvedYetException($"Kata 14 (cancellation), step 3: in DogPig.C, await {nameof(dog)} then {nameof(pig)} in a try; catch the cancellation (log \"c: cancelled\", return what arrived + ⏰) and log \"c: finally\" in a finally.");
    }
}

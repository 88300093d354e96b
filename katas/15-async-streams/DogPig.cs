using ContinuationKatas.Runtime;

namespace Katas.AsyncStreams;

/// <summary>Kata 15: dog+pig as an async stream: 🐶 at 2000 ms, 🐷 at 5000 ms, read with <c>await foreach</c>.</summary>
public static class DogPig
{
    /// <summary>
    /// The producer: <c>async function* animals()</c>. Yields "🐶" at 2000 ms and "🐷" at 5000 ms, waiting on the loop's
    /// clock; logs "producer: start" when it starts and "producer: finally" once, however it ends.
    /// </summary>
    public static IAsyncEnumerable<string> Animals(EventLoop loop, CancellationToken token = default) =>
        // TODO: step 1 — an async iterator: log, then try { await a Delay on loop.TimeProvider; yield return … } finally { log }.
        // TODO: step 4 — mark the token [EnumeratorCancellation] and pass it to every Task.Delay.
        throw new NotSolvedYetException($"Kata 15 (async streams), step 1: in DogPig.cs, write {nameof(Animals)} as an async iterator " +
            "(async IAsyncEnumerable<string>): log \"producer: start\", then inside try { } wait 2000 ms with Task.Delay(…, " +
            "loop.TimeProvider, token) and yield return \"🐶\", wait until 5000 ms and yield return \"🐷\"; log \"producer: finally\" " +
            "in the finally.");

    /// <summary>The consumer: reads every animal with <c>await foreach</c> and prints "🐶🐷!" at 5000 ms.</summary>
    public static Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var animals = Animals(loop);
        loop.Log("main: stream created");

        // TODO: step 2 — make Main async; await foreach over animals: log "got " + animal, and join them; then log the result + "!".
        throw new NotSolvedYetException($"Kata 15 (async streams), step 2: in DogPig.cs, make {nameof(Main)} an async Task method and read " +
            $"{nameof(animals)} with await foreach: log \"got \" + animal for each, then log \"🐶🐷!\" once the stream has ended.");
    }

    /// <summary>A consumer that needs only the dog: it leaves the loop after the first animal, at 2000 ms.</summary>
    public static Task MainDogOnly(EventLoop loop) =>
        // TODO: step 3 — log "main: start"; await foreach over Animals(loop): log "got " + animal and break; then log "main: end".
        throw new NotSolvedYetException($"Kata 15 (async streams), step 3: in DogPig.cs, write {nameof(MainDogOnly)}: log \"main: start\", " +
            "await foreach over Animals(loop), log \"got 🐶\" and break out of the loop; then log \"main: end\".");

    /// <summary>A consumer with a deadline of 3000 ms: the dog arrives, the pig is cancelled, and main says so.</summary>
    public static Task MainWithDeadline(EventLoop loop) =>
        // TODO: step 4 — a CancellationTokenSource of 3000 ms on loop.TimeProvider, WithCancellation, catch OperationCanceledException.
        throw new NotSolvedYetException($"Kata 15 (async streams), step 4: in DogPig.cs, write {nameof(MainWithDeadline)}: log \"main: " +
            "start\", make a CancellationTokenSource that cancels after 3000 ms on loop.TimeProvider, await foreach over " +
            "Animals(loop).WithCancellation(its token) logging \"got \" + animal, and log \"main: cancelled\" when an " +
            "OperationCanceledException ends the loop. In Animals: [EnumeratorCancellation] on the token, and the token to each Task.Delay.");
}

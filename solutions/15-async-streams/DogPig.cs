using System.Runtime.CompilerServices;
using ContinuationKatas.Runtime;

namespace Katas.AsyncStreams;

/// <summary>Kata 15: dog+pig as an async stream: 🐶 at 2000 ms, 🐷 at 5000 ms, read with <c>await foreach</c>.</summary>
public static class DogPig
{
    /// <summary>
    /// The producer: <c>async function* animals()</c>. Yields "🐶" at 2000 ms and "🐷" at 5000 ms, waiting on the loop's
    /// clock; logs "producer: start" when it starts and "producer: finally" once, however it ends.
    /// </summary>
    public static async IAsyncEnumerable<string> Animals(EventLoop loop, [EnumeratorCancellation] CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(loop);

        // Nothing above this line runs when Animals is called: the body starts at the first MoveNextAsync.
        loop.Log("producer: start");
        try
        {
            // The token reaches the wait itself: cancelling it ends the Delay at once, with an OperationCanceledException.
            await Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider, token);
            yield return "🐶";

            // Suspended at the yield until the consumer asks for more; a consumer that leaves here never starts this timer.
            await Task.Delay(TimeSpan.FromMilliseconds(3000), loop.TimeProvider, token);
            yield return "🐷";
        }
        finally
        {
            // Runs once: at the end, on an exception, or when the consumer disposes the enumerator early (DisposeAsync).
            loop.Log("producer: finally");
        }
    }

    /// <summary>The consumer: reads every animal with <c>await foreach</c> and prints "🐶🐷!" at 5000 ms.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var animals = Animals(loop);
        loop.Log("main: stream created");
        var result = string.Empty;
        await foreach (var animal in animals)
        {
            loop.Log("got " + animal);
            result += animal;
        }

        loop.Log(result + "!");
    }

    /// <summary>A consumer that needs only the dog: it leaves the loop after the first animal, at 2000 ms.</summary>
    public static async Task MainDogOnly(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        await foreach (var animal in Animals(loop))
        {
            loop.Log("got " + animal);

            // Leaving the loop disposes the enumerator: DisposeAsync runs the producer's finally now, at 2000 ms.
            break;
        }

        loop.Log("main: end");
    }

    /// <summary>A consumer with a deadline of 3000 ms: the dog arrives, the pig is cancelled, and main says so.</summary>
    public static async Task MainWithDeadline(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");

        // A token that cancels itself at 3000 ms on the loop's clock.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
        try
        {
            // WithCancellation hands the token to GetAsyncEnumerator; [EnumeratorCancellation] passes it on to Animals.
            await foreach (var animal in Animals(loop).WithCancellation(deadline.Token))
            {
                loop.Log("got " + animal);
            }

            loop.Log("main: end");
        }
        catch (OperationCanceledException)
        {
            loop.Log("main: cancelled");
        }
    }
}

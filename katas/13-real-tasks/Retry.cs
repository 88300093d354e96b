using ContinuationKatas.Runtime;

namespace Katas.RealTasks;

/// <summary>Kata 13: an ordinary async method of the kind written at work, with its time handed in.</summary>
public static class Retry
{
    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, at most <paramref name="attempts"/> times, waiting
    /// <paramref name="delay"/> on <paramref name="timeProvider"/> after each failed attempt but the last.
    /// </summary>
    /// <returns>The first successful attempt's result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempts"/> is less than 1.</exception>
    /// <remarks>When every attempt fails, the returned Task fails with the last attempt's exception, at once.</remarks>
    public static Task<T> RunAsync<T>(Func<Task<T>> attempt, int attempts, TimeSpan delay, TimeProvider timeProvider) =>
        // TODO: step 7 — an async method: try, and after each failure but the last, await Task.Delay(delay, timeProvider).
        throw new NotSolvedYetException($"Kata 13 (real tasks), step 7: write Retry.RunAsync: await {nameof(attempt)}() up to {nameof(attempts)} times, awaiting Task.Delay({nameof(delay)}, {nameof(timeProvider)}) between tries.");

    /// <summary>A flaky operation retried on the loop: it fails twice, then gives "🐶"; one second between attempts.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        var tried = 0;
        var dog = await RunAsync(
            () =>
            {
                tried++;
                loop.Log($"attempt {tried}");
                return tried < 3 ? Task.FromException<string>(new TimeoutException($"attempt {tried} timed out")) : Task.FromResult("🐶");
            },
            attempts: 3,
            TimeSpan.FromSeconds(1),
            loop.TimeProvider);
        loop.Log("retry: " + dog);
    }
}

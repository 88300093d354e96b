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
    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, int attempts, TimeSpan delay, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        for (var tried = 1; ; tried++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception) when (tried < attempts)
            {
                // Not the last attempt: wait, then try again. The last attempt's exception passes the filter by and
                // leaves the method as it is, with its own stack trace.
            }

            // Awaited: a Task.Delay that nobody awaits waits for nobody. The TimeProvider is the caller's: the loop's
            // under the kit, a FakeTimeProvider in a unit test, TimeProvider.System in production.
            await Task.Delay(delay, timeProvider);
        }
    }

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

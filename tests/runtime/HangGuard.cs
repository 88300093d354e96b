namespace ContinuationKatas.Runtime.Tests;

/// <summary>
/// Runs a loop that a broken detection would leave hanging on a thread of its own, so that such a test fails with a
/// message instead of hanging the test run. Not a timing assertion: the guard is minutes, far beyond any real run.
/// </summary>
internal static class HangGuard
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="main"/> on a new loop and returns the exception the run ended with, if any.</summary>
    public static EventLoopException? Run(Func<EventLoop, Task?> main, LoopOptions? options = null)
    {
        EventLoopException? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                EventLoop.Run(main, options);
            }
            catch (EventLoopException error)
            {
                failure = error;
            }
        })
        { IsBackground = true, Name = "guarded event loop" };
        thread.Start();
        if (!thread.Join(Guard))
        {
            Assert.Fail("The run never returned: the loop's thread is still blocked, so the wait was not detected.");
        }

        return failure;
    }
}

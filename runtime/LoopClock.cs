namespace ContinuationKatas.Runtime;

/// <summary>
/// The loop's notion of "now": jumps on the virtual clock, follows <see cref="LoopOptions.RealClock"/>
/// (sped up by <see cref="LoopOptions.Speed"/>) on the real one.
/// </summary>
internal sealed class LoopClock
{
    private readonly LoopOptions options;
    private readonly long startTimestamp;
    private long now;

    public LoopClock(LoopOptions options)
    {
        this.options = options;
        startTimestamp = options.RealClock.GetTimestamp();
    }

    public bool IsVirtual => options.Clock == ClockMode.Virtual;

    /// <summary>Milliseconds since the run started; never goes backwards.</summary>
    public long Now
    {
        get
        {
            if (!IsVirtual)
            {
                now = Math.Max(now, (long)(options.RealClock.GetElapsedTime(startTimestamp).TotalMilliseconds * options.Speed));
            }

            return now;
        }
    }

    /// <summary>Moves the clock forward to <paramref name="time"/> (never back).</summary>
    public void AdvanceTo(long time) => now = Math.Max(now, time);

    /// <summary>
    /// Waits until <paramref name="due"/>, or until <paramref name="wakeUp"/> is signalled.
    /// Returns <see langword="true"/> when the due time has come.
    /// </summary>
    public bool WaitUntil(long due, SemaphoreSlim wakeUp)
    {
        if (IsVirtual)
        {
            return true;
        }

        var remaining = (due - Now) / options.Speed;
        if (remaining <= 0)
        {
            return true;
        }

        // The real clock's own timer wakes the loop, so a test's clock decides when the due time has come.
        // A release left over from a timer that fired after another wake-up only costs one more look.
        using (options.RealClock.CreateTimer(_ => wakeUp.Release(), null, TimeSpan.FromMilliseconds(Math.Ceiling(remaining)), Timeout.InfiniteTimeSpan))
        {
            wakeUp.Wait();
        }

        return Now >= due;
    }
}

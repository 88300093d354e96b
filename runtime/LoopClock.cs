using System.Diagnostics;

namespace ContinuationKatas.Runtime;

/// <summary>The loop's notion of "now": jumps on the virtual clock, follows a stopwatch on the real one.</summary>
internal sealed class LoopClock(LoopOptions options)
{
    private readonly long startTimestamp = Stopwatch.GetTimestamp();
    private long now;

    public bool IsVirtual => options.Clock == ClockMode.Virtual;

    /// <summary>Milliseconds since the run started; never goes backwards.</summary>
    public long Now
    {
        get
        {
            if (!IsVirtual)
            {
                now = Math.Max(now, (long)(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds * options.Speed));
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

        return !wakeUp.Wait(TimeSpan.FromMilliseconds(Math.Ceiling(remaining)));
    }
}

namespace ContinuationKatas.Runtime.Tests;

/// <summary>
/// A real clock for tests that never waits: a timer set on it moves the time forward to its due time at once
/// and fires there, on the thread that set it. <see cref="Late"/> adds a delay to each wait, as a busy
/// machine would. Periodic timers are not supported.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private long ticks;

    /// <summary>How late the next timer fires, beyond its due time; called once per timer.</summary>
    public Func<TimeSpan> Late { get; init; } = () => TimeSpan.Zero;

    /// <summary>How many timers have fired.</summary>
    public int Fired { get; private set; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref ticks);

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(GetTimestamp());

    /// <summary>Moves the time forward, as if the thread had been descheduled.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (period != Timeout.InfiniteTimeSpan)
        {
            throw new NotSupportedException("SteppingClock fires one-shot timers only.");
        }

        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Advance(dueTime + Late());
            Fired++;
            callback(state);
        }

        return new Fixed();
    }

    private sealed class Fixed : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException("SteppingClock timers cannot be changed.");

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

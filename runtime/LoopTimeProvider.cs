namespace ContinuationKatas.Runtime;

/// <summary>A <see cref="TimeProvider"/> whose time is the loop's and whose timers are loop timers.</summary>
internal sealed class LoopTimeProvider(EventLoop loop, DateTimeOffset epoch) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => 1000;

    public override DateTimeOffset GetUtcNow() => epoch.AddMilliseconds(loop.Now);

    public override long GetTimestamp() => loop.Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new LoopTimer(loop, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }
}

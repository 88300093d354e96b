namespace ContinuationKatas.Runtime;

/// <summary>
/// An <see cref="ITimer"/> backed by loop timers. Changes made from another thread (a Task completing
/// elsewhere disposes its timeout timer) are handed to the loop instead of touching it directly.
/// </summary>
internal sealed class LoopTimer(EventLoop loop, TimerCallback callback, object? state) : ITimer
{
    private TimerId? scheduled;
    private TimeSpan period = Timeout.InfiniteTimeSpan;
    private bool disposed;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (disposed)
        {
            return false;
        }

        OnLoop(() => Reschedule(dueTime, period));
        return true;
    }

    public void Dispose()
    {
        disposed = true;
        OnLoop(Cancel);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void OnLoop(Action action)
    {
        if (loop.IsOnLoopThread)
        {
            action();
        }
        else
        {
            loop.PostFromAnyThread(action);
        }
    }

    private void Reschedule(TimeSpan dueTime, TimeSpan newPeriod)
    {
        Cancel();
        period = newPeriod;
        if (!disposed && dueTime != Timeout.InfiniteTimeSpan)
        {
            scheduled = loop.ScheduleTimer(Fire, (long)Math.Ceiling(dueTime.TotalMilliseconds));
        }
    }

    private void Cancel()
    {
        if (scheduled is { } id)
        {
            loop.ClearTimer(id);
            scheduled = null;
        }
    }

    private void Fire()
    {
        scheduled = null;
        if (!disposed && period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            scheduled = loop.ScheduleTimer(Fire, (long)Math.Ceiling(period.TotalMilliseconds));
        }

        callback(state);
    }
}

namespace ContinuationKatas.Tool;

/// <summary>Waits for a while, for a wake-up, or for the stop signal; whichever comes first.</summary>
internal interface IPause
{
    /// <summary>Waits up to <paramref name="timeout"/>; returns early when <paramref name="wake"/> is set or <paramref name="stop"/> is cancelled.</summary>
    void Wait(TimeSpan timeout, WaitHandle? wake, CancellationToken stop);
}

/// <summary>Waits on the real clock.</summary>
internal sealed class RealPause : IPause
{
    public void Wait(TimeSpan timeout, WaitHandle? wake, CancellationToken stop)
    {
        WaitHandle[] handles = wake is null ? [stop.WaitHandle] : [stop.WaitHandle, wake];
        WaitHandle.WaitAny(handles, timeout);
    }
}

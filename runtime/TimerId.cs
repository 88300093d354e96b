namespace ContinuationKatas.Runtime;

/// <summary>
/// Identifies a timer scheduled with <see cref="EventLoop.SetTimeout"/>; pass it to
/// <see cref="EventLoop.ClearTimeout"/> to cancel the timer before it fires.
/// </summary>
/// <param name="Value">The timer's number, unique within one run and increasing in scheduling order.</param>
public readonly record struct TimerId(long Value)
{
    /// <inheritdoc />
    public override string ToString() => $"timer #{Value}";
}

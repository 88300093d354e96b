namespace ContinuationKatas.Runtime;

/// <summary>Sends every continuation back to the loop: a microtask from the loop, queued work from elsewhere.</summary>
internal sealed class LoopSynchronizationContext(EventLoop loop) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => loop.PostFromAnyThread(() => d(state));

    public override void Send(SendOrPostCallback d, object? state)
    {
        if (!loop.IsOnLoopThread)
        {
            throw new InvalidOperationException("Send from another thread would block that thread until the loop is free; use Post.");
        }

        d(state);
    }

    public override SynchronizationContext CreateCopy() => this;
}

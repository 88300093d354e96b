using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// A callback that may be called exactly once: it records the call's time and value, and a second call
/// fails the run at once with a message that names the callback and both times.
/// </summary>
/// <typeparam name="T">What the callback receives.</typeparam>
public sealed class Once<T>(EventLoop loop, string name)
{
    private readonly List<(long TimeMs, T Value)> calls = [];

    /// <summary>The calls so far (at most one).</summary>
    public IReadOnlyList<(long TimeMs, T Value)> Calls => calls;

    /// <summary>The callback to hand to the code under test.</summary>
    public Action<T> Callback => value =>
    {
        if (calls.Count > 0)
        {
            throw new InvalidOperationException(
                $"{name} was called twice: at {calls[0].TimeMs} ms and again at {loop.Now} ms. A callback must be called exactly once.");
        }

        calls.Add((loop.Now, value));
    };
}

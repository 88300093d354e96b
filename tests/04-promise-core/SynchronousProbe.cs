namespace Katas.PromiseCore.Tests;

/// <summary>
/// Tells whether a promise called back synchronously: the test runs its calls of <c>Then</c>, <c>resolve</c> and
/// <c>reject</c> through <see cref="Call"/>, and its callbacks report through <see cref="Ran"/>. A callback that runs
/// while such a call is still on the stack broke Promises/A+ 2.2.4, whatever order it then ran in.
/// </summary>
internal sealed class SynchronousProbe
{
    private readonly List<string> synchronous = [];
    private int depth;

    /// <summary>Runs the test's own calls; a callback that runs before they return ran synchronously.</summary>
    public void Call(Action calls)
    {
        depth++;
        try
        {
            calls();
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>Records that the callback <paramref name="name"/> ran, in <paramref name="order"/>.</summary>
    public void Ran(List<string> order, string name)
    {
        if (depth > 0)
        {
            synchronous.Add(name);
        }

        order.Add(name);
    }

    /// <summary>Fails, naming the real cause, if any callback ran synchronously.</summary>
    public void AssertNoneRanSynchronously()
    {
        if (synchronous.Count > 0)
        {
            Assert.Fail(
                "callbacks ran synchronously, inside resolve/Then — queue them with loop.QueueMicrotask (rule 2.2.4). " +
                $"Ran before resolve, reject or Then returned: {string.Join(", ", synchronous.Select(name => $"\"{name}\""))}.");
        }
    }
}

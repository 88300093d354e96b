using System.Runtime.CompilerServices;

namespace ContinuationKatas.Tool.Tests;

/// <summary>An async method and an iterator for `kata lower` to find and decompile; the fake builder hands out this assembly.</summary>
public static class LowerSamples
{
    /// <summary>dog+pig as the compiler sees it: two awaits, two locals that live across them.</summary>
    public static async Task<string> DogPig(Task<string> promise1, Task<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(promise1);
        ArgumentNullException.ThrowIfNull(promise2);
        var dog = await promise1.ConfigureAwait(false);
        var pig = await promise2.ConfigureAwait(false);
        return dog + pig;
    }

    /// <summary>An iterator with a finally, so its state machine has a finally method that Dispose calls.</summary>
    public static IEnumerable<string> Animals()
    {
        try
        {
            yield return "🐶";
            yield return "🐷";
        }
        finally
        {
            Console.Write(string.Empty);
        }
    }

    /// <summary>An async iterator: awaits and yields, a finally, and a token WithCancellation can reach.</summary>
    public static async IAsyncEnumerable<string> Stream(Task<string> dog, [EnumeratorCancellation] CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(dog);
        try
        {
            yield return await dog.WaitAsync(token).ConfigureAwait(false);
        }
        finally
        {
            Console.Write(string.Empty);
        }
    }
}

using ContinuationKatas.Runtime;

namespace Katas.RealTasks.Tests;

/// <summary>The program every fixture runs first: while it says "not solved yet", so does every test, with the next step.</summary>
internal static class Gate
{
    /// <summary>Steps 1 and 2, in order: Delay on its own first (main calls C before C calls Delay), then dog+pig.</summary>
    public static async Task DogPigSolved(EventLoop loop)
    {
        await DogPig.Delay(loop, "🐶", 0);
        await DogPig.Main(loop);
    }
}

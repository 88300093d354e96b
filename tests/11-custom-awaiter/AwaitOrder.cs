using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomAwaiter.Tests;

/// <summary>
/// A program whose order shows what one await costs: c() awaits an already settled promise while a three-step
/// Then chain, started just before, runs one step per microtask turn. Node prints the lines in <see cref="Node"/>.
/// </summary>
internal static class AwaitOrder
{
    /// <summary>What c() logs once its await has resumed.</summary>
    public const string After = AfterPrefix + ", 🐶";

    /// <summary>The start of <see cref="After"/>, whatever value the await gave.</summary>
    public const string AfterPrefix = "c: after await";

    /// <summary>
    /// What Node prints for the JavaScript (tests/node-corpus/programs/41-await-settled-promise.js): c() suspends at
    /// its await, main ends, then c() resumes one turn later, between the chain's first and second steps.
    /// </summary>
    public static readonly string[] Node = ["main: start", "c: before await", "main: end", "then 1", After, "then 2", "then 3"];

    /// <summary>
    /// The program, with c()'s await given by <paramref name="c"/>: it logs "c: before await", awaits the settled value
    /// 🐶, and logs <see cref="After"/>.
    /// </summary>
    public static Func<EventLoop, Task?> Program(Func<EventLoop, Task> c) => loop =>
    {
        loop.Log("main: start");
        Promise.Resolve(loop, 1).Then(_ => loop.Log("then 1")).Then(_ => loop.Log("then 2")).Then(_ => loop.Log("then 3"));
        var running = c(loop);
        loop.Log("main: end");
        return running;
    };
}

using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomBuilder;

/// <summary>Kata 12: async methods awaiting async methods: dog() and pig() each add "_", c() joins them.</summary>
public static class Composition
{
    /// <summary>The composition program: prints "🐶_🐷_!" at 5000 ms; main ends first.</summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = DogPig.Delay(loop, "🐶", 2000);
        var promise2 = DogPig.Delay(loop, "🐷", 5000);
        _ = C(promise1, promise2).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary><c>async function dog() { return (await promise1) + "_"; }</c></summary>
    public static Promise<string> Dog(Promise<string> promise1) =>
        // TODO: step 5 — an async method on your builder, line for line as the JavaScript.
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 5: in Composition, write Dog, Pig and C as async Promise<string> methods (Dog awaits {nameof(promise1)}).");

    /// <summary><c>async function pig() { return (await promise2) + "_"; }</c></summary>
    public static Promise<string> Pig(Promise<string> promise2) =>
        // TODO: step 5 — the same for pig().
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 5: in Composition, write Pig as an async Promise<string> method awaiting {nameof(promise2)}.");

    /// <summary><c>async function c() { return (await dog()) + (await pig()); }</c></summary>
    public static Promise<string> C(Promise<string> promise1, Promise<string> promise2) =>
        // TODO: step 5 — c() awaits dog(), then pig().
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 5: in Composition, write C as an async Promise<string> method awaiting Dog({nameof(promise1)}), then Pig({nameof(promise2)}).");
}

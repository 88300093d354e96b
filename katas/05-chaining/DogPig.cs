using ContinuationKatas.Runtime;

namespace Katas.Chaining;

/// <summary>Kata 05: the dog+pig programs as chains of promises.</summary>
public static class DogPig
{
    /// <summary>A promise fulfilled with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));
    }

    /// <summary>The dog+pig program: prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        C(promise1, promise2).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>The composition program: prints "🐶_🐷_!" at 5000 ms.</summary>
    public static void MainComposed(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        CComposed(promise1, promise2).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>
    /// c(): <c>let dog = await promise1; let pig = await promise2; return dog + pig;</c> as one flat chain.
    /// </summary>
    public static Promise<string> C(Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 5 — one chain on promise1: a first step that keeps the dog and returns promise2 (adopted!),
        // then a step that returns dog + pig.
        throw new NotSolvedYetException("Kata 05 (chaining), step 5: in DogPig.C, chain promise1.Then(…).Then(…) to a promise of dog + pig.");
    }

    /// <summary>dog() and pig() of the composition program: <c>return await promise + "_";</c></summary>
    public static Promise<string> WithUnderscore(Promise<string> promise)
    {
        // TODO: step 5 — one Then that adds "_".
        throw new NotSolvedYetException("Kata 05 (chaining), step 5: in DogPig.WithUnderscore, return a promise of the value plus \"_\".");
    }

    /// <summary>c() of the composition program: <c>return await dog() + await pig();</c></summary>
    public static Promise<string> CComposed(Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 5 — WithUnderscore(promise1), then, inside that step, WithUnderscore(promise2), then join.
        throw new NotSolvedYetException("Kata 05 (chaining), step 5: in DogPig.CComposed, chain WithUnderscore(promise1) and WithUnderscore(promise2) and join them.");
    }
}

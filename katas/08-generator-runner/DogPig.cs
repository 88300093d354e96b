using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using static Katas.GeneratorRunner.Co;

namespace Katas.GeneratorRunner;

/// <summary>Kata 08: the dog+pig programs as iterators, driven by the runner.</summary>
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
        Run<string>(loop, C(promise1, promise2)).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>The composition program: prints "🐶_🐷_!" at 5000 ms.</summary>
    public static void MainComposed(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        Run<string>(loop, CComposed(loop, promise1, promise2)).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>c(): <c>let dog = await promise1; let pig = await promise2; return dog + pig;</c> as an iterator.</summary>
    public static IEnumerable<object> C(Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 4 — an iterator: var dog = Await(promise1); yield return dog; … the same for the pig; then
        // yield return Return(dog.Value + pig.Value). (Delete the throw: a method with a yield is an iterator.)
        throw new NotSolvedYetException("Kata 08 (generator runner), step 4: in DogPig.C, write c as an iterator: yield Await(promise1), then Await(promise2), then Return(dog.Value + pig.Value).");
    }

    /// <summary>dog() and pig() of the composition program: <c>return await promise + "_";</c></summary>
    public static IEnumerable<object> WithUnderscore(Promise<string> promise)
    {
        // TODO: step 5 — await the promise, then Return its value + "_".
        throw new NotSolvedYetException("Kata 08 (generator runner), step 5: in DogPig.WithUnderscore, await the promise and return its value plus \"_\".");
    }

    /// <summary>c() of the composition program: <c>return await dog() + await pig();</c></summary>
    public static IEnumerable<object> CComposed(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 5 — calling an async function is running its iterator: Await(Run<string>(loop, WithUnderscore(promise1))),
        // then the same for promise2, then Return the two values joined.
        throw new NotSolvedYetException("Kata 08 (generator runner), step 5: in DogPig.CComposed, await Run(WithUnderscore(promise1)), then Run(WithUnderscore(promise2)), and return both joined.");
    }
}

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
        ArgumentNullException.ThrowIfNull(promise1);
        ArgumentNullException.ThrowIfNull(promise2);

        // c's local, hoisted out of the steps the way a compiler hoists an async function's locals: each
        // Then below is "the code after one await". Returning promise2 from the first step does not make a
        // promise of a promise: the chain adopts it, so the second step gets the pig itself.
        string dog = string.Empty;
        return promise1
            .Then(value =>
            {
                dog = value;
                return promise2;
            })
            .Then(pig => dog + pig);
    }

    /// <summary>dog() and pig() of the composition program: <c>return await promise + "_";</c></summary>
    public static Promise<string> WithUnderscore(Promise<string> promise)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return promise.Then(value => value + "_");
    }

    /// <summary>c() of the composition program: <c>return await dog() + await pig();</c></summary>
    public static Promise<string> CComposed(Promise<string> promise1, Promise<string> promise2)
    {
        // pig() is called only once dog() has finished, as in the JavaScript; promise2 has been running since 0,
        // so the result still comes at 5000 ms. The inner chain is returned, so the outer one adopts it.
        return WithUnderscore(promise1).Then(dog => WithUnderscore(promise2).Then(pig => dog + pig));
    }
}

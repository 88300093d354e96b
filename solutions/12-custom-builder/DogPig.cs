using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomBuilder;

/// <summary>Kata 12: the dog+pig program, written as the JavaScript is: c() is an async method returning a promise.</summary>
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
        _ = C(promise1, promise2).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary><c>async function c() { let dog = await promise1; let pig = await promise2; return dog + pig; }</c></summary>
    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    public static async Promise<string> C(Promise<string> promise1, Promise<string> promise2)
    {
        var dog = await promise1;
        var pig = await promise2;
        return dog + pig;
    }
}

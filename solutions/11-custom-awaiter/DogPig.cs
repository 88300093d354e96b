using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomAwaiter;

/// <summary>Kata 11: the dog+pig program, c() written with await on the kit's promises.</summary>
public static class DogPig
{
    /// <summary>A promise fulfilled with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));
    }

    /// <summary>The dog+pig program: prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static async Task Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        var c = C(promise1, promise2);
        loop.Log("main: end");
        loop.Log(await c + "!"); // JavaScript: c().then(result => console.log(result + "!"))
    }

    /// <summary><c>async function c() { let dog = await promise1; let pig = await promise2; return dog + pig; }</c></summary>
    public static async Task<string> C(Promise<string> promise1, Promise<string> promise2)
    {
        var dog = await promise1;
        var pig = await promise2;
        return dog + pig;
    }
}

using ContinuationKatas.Runtime;

namespace Katas.PromiseCore;

/// <summary>Kata 04: the dog+pig program on your own <see cref="Promise{T}"/>.</summary>
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

        // Both promises are created first, so both timers start at 0 (the JavaScript's promise1 and promise2).
        var promise1 = Delay(loop, "🐶", 2000);
        var promise2 = Delay(loop, "🐷", 5000);
        C(loop, promise1, promise2).Then(result => loop.Log(result + "!"));

        loop.Log("main: end");
    }

    /// <summary>
    /// c(): a promise of <c>dog + pig</c>, fulfilled once both promises are; rejected with the first
    /// reason met, in await order (promise1, then promise2).
    /// </summary>
    public static Promise<string> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        ArgumentNullException.ThrowIfNull(promise1);
        ArgumentNullException.ThrowIfNull(promise2);

        // Then returns nothing yet, so the only way to hand a result on is to build the outer promise by
        // hand and settle it from the innermost callback. The nesting is `await` written out: the inner
        // callback runs where c would resume after `await promise2`, with `dog` still in scope.
        // Kata 05 makes Then return this promise for you.
        return new Promise<string>(loop, (resolve, reject) =>
            promise1.Then(
                dog => promise2.Then(pig => resolve(dog + pig), reject),
                reject));
    }
}

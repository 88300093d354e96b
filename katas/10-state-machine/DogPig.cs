using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.StateMachine;

/// <summary>Kata 10: the dog+pig program, with c() lowered by hand into <see cref="DogPigMachine"/>.</summary>
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
        C(loop, promise1, promise2).Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>
    /// <c>async function c() { let dog = await promise1; let pig = await promise2; return dog + pig; }</c>, as the
    /// compiler rewrites it: the method only creates the machine, runs it to its first await, and hands back its promise.
    /// </summary>
    public static Promise<string> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        var machine = new DogPigMachine(loop, promise1, promise2);
        machine.MoveNext(); // the compiler's builder.Start: the body runs synchronously up to its first await
        return machine.Promise;
    }
}

using ContinuationKatas.Runtime;

namespace Katas.Combinators;

/// <summary>Kata 06: the dog+pig program with <see cref="Promise.All{T}"/>.</summary>
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

    /// <summary>c(): <c>const [dog, pig] = await Promise.all([promise1, promise2]); return dog + pig;</c></summary>
    public static Promise<string> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // All is the join that kata 02 wrote by hand (two slots and a count) and kata 05 wrote as a chain:
        // the values come back in argument order, whichever arrives first.
        return Promise.All(loop, promise1, promise2).Then(values => values[0] + values[1]);
    }
}

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
        // Each await is two lines: yield the handle (the iterator stops here until the runner resumes it), then
        // read its Value. The locals live across the yields: the compiler lifts them into the iterator's fields.
        var dog = Await(promise1);
        yield return dog;
        var pig = Await(promise2);
        yield return pig;
        yield return Return(dog.Value + pig.Value);
    }

    /// <summary>dog() and pig() of the composition program: <c>return await promise + "_";</c></summary>
    public static IEnumerable<object> WithUnderscore(Promise<string> promise)
    {
        var value = Await(promise);
        yield return value;
        yield return Return(value.Value + "_");
    }

    /// <summary>c() of the composition program: <c>return await dog() + await pig();</c></summary>
    public static IEnumerable<object> CComposed(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // Calling an async function is running its iterator: Run returns the promise to await. pig() starts only once
        // dog() has finished, as in the JavaScript; promise2 has been running since 0, so the result still comes at 5000.
        var dog = Await(Run<string>(loop, WithUnderscore(promise1)));
        yield return dog;
        var pig = Await(Run<string>(loop, WithUnderscore(promise2)));
        yield return pig;
        yield return Return(dog.Value + pig.Value);
    }
}

using ContinuationKatas.Runtime;

namespace Katas.QuerySyntax;

/// <summary>Kata 07: the dog+pig programs written with C#'s query syntax.</summary>
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

    /// <summary>c(): <c>let dog = await promise1; let pig = await promise2; return dog + pig;</c></summary>
    public static Promise<string> C(Promise<string> promise1, Promise<string> promise2)
    {
        // Read "from dog in promise1" as "let dog = await promise1". Both promises already exist (main created
        // them), so both timers run from 0 and the result comes at 5000 ms.
        return from dog in promise1
               from pig in promise2
               select dog + pig;
    }

    /// <summary>dog() and pig() of the composition program: <c>return await promise + "_";</c></summary>
    public static Promise<string> WithUnderscore(Promise<string> promise) =>
        from value in promise
        select value + "_";

    /// <summary>c() of the composition program: <c>return await dog() + await pig();</c></summary>
    public static Promise<string> CComposed(Promise<string> promise1, Promise<string> promise2)
    {
        // WithUnderscore(promise2) sits in the second from, so it runs only once dog has arrived, as pig() does
        // after `await dog()`. It only chains onto promise2, which has been running since 0.
        return from dog in WithUnderscore(promise1)
               from pig in WithUnderscore(promise2)
               select dog + pig;
    }
}

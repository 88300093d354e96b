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
        // TODO: step 3 — return a query expression: from dog in promise1, from pig in promise2, select dog + pig.
        throw new NotSolvedYetException("Kata 07 (query syntax), step 3: write DogPig.C as `from dog in promise1 from pig in promise2 select dog + pig`.");
    }

    /// <summary>dog() and pig() of the composition program: <c>return await promise + "_";</c></summary>
    public static Promise<string> WithUnderscore(Promise<string> promise)
    {
        // TODO: step 4 — a query with one from and a select that adds "_".
        throw new NotSolvedYetException("Kata 07 (query syntax), step 4: write DogPig.WithUnderscore as a query that adds \"_\".");
    }

    /// <summary>c() of the composition program: <c>return await dog() + await pig();</c></summary>
    public static Promise<string> CComposed(Promise<string> promise1, Promise<string> promise2)
    {
        // TODO: step 4 — like C, but from WithUnderscore(promise1) and WithUnderscore(promise2).
        throw new NotSolvedYetException("Kata 07 (query syntax), step 4: write DogPig.CComposed as a query over WithUnderscore(promise1) and WithUnderscore(promise2).");
    }
}

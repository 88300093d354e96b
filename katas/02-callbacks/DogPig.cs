using ContinuationKatas.Runtime;

namespace Katas.Callbacks;

/// <summary>Kata 02: the dog+pig program in continuation-passing style.</summary>
public static class DogPig
{
    /// <summary>Starts fetching the dog: calls back with "🐶" 2000 ms later.</summary>
    public static void Dog(EventLoop loop, Action<string> callback) => loop.SetTimeout(() => callback("🐶"), 2000);

    /// <summary>Starts fetching the pig: calls back with "🐷" 5000 ms later.</summary>
    public static void Pig(EventLoop loop, Action<string> callback) => loop.SetTimeout(() => callback("🐷"), 5000);

    /// <summary>The dog+pig program: prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static void Main(EventLoop loop)
    {
        loop.Log("main: start");
        C(callback => Dog(loop, callback), callback => Pig(loop, callback), result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>The composition program: prints "🐶_🐷_!" at 5000 ms.</summary>
    public static void MainComposed(EventLoop loop)
    {
        loop.Log("main: start");
        C(
            callback => WithUnderscore(callback2 => Dog(loop, callback2), callback),
            callback => WithUnderscore(callback2 => Pig(loop, callback2), callback),
            result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>
    /// c(): starts both operations, waits for both, and calls <paramref name="done"/> once with dog + pig.
    /// </summary>
    public static void C(Action<Action<string>> startDog, Action<Action<string>> startPig, Action<string> done)
    {
        // TODO: steps 1–3 — start both operations, remember each result, and call done(dog + pig) once,
        // when the second result has arrived. Then delete the throw.
        throw new NotSolvedYetException("Kata 02 (callbacks), step 1: in DogPig.C, start the dog and the pig operations and call done(dog + pig) when both have called back.");
    }

    /// <summary>The composition step: an operation whose result is the inner one's plus "_".</summary>
    public static void WithUnderscore(Action<Action<string>> start, Action<string> callback)
    {
        // TODO: step 4 — start the inner operation and call callback with its value plus "_".
        throw new NotSolvedYetException("Kata 02 (callbacks), step 4: in DogPig.WithUnderscore, start the inner operation and call back with its value + \"_\".");
    }
}

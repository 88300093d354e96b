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
        ArgumentNullException.ThrowIfNull(startDog);
        ArgumentNullException.ThrowIfNull(startPig);
        ArgumentNullException.ThrowIfNull(done);

        // The join state lives in locals that both callbacks close over: this is the state that
        // `await` keeps for you. Slots, not arrival order, decide the result's order.
        string? dog = null;
        string? pig = null;

        void Arrived()
        {
            if (dog is not null && pig is not null)
            {
                done(dog + pig);
            }
        }

        // Start both before waiting for either, like creating both promises first: the timers
        // run side by side, so the program ends at 5000 ms, not 2000 + 5000.
        startDog(value => { dog = value; Arrived(); });
        startPig(value => { pig = value; Arrived(); });
    }

    /// <summary>The composition step: an operation whose result is the inner one's plus "_".</summary>
    public static void WithUnderscore(Action<Action<string>> start, Action<string> callback)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(callback);

        // The continuation of the inner operation is "add _ then continue with mine".
        start(value => callback(value + "_"));
    }
}

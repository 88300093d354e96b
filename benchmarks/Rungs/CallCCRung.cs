using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks.Rungs;

/// <summary>
/// Dog+pig in explicit continuation-passing style with call/cc: two cooperative tasks, and when the dog has come, the
/// dog's task captures the rest of c() and hands it to the pig's task, which calls it when the pig comes. A minimal
/// stand-in for kata 17's 🐶/🐷 program, which was being written when this rung was; swap this for
/// <c>solutions/17-*</c> once it exists.
/// </summary>
internal static class CallCCRung
{
    /// <summary>The dog+pig program's main (not named Main: this assembly is an exe): prints "🐶🐷!" at 5000 ms; main ends first.</summary>
    public static void DogPig(EventLoop loop)
    {
        loop.Log("main: start");
        C(loop, result => loop.Log(result + "!"));
        loop.Log("main: end");
    }

    /// <summary>call/cc in CPS: <paramref name="receiver"/> gets the current continuation as a value it may keep and call later.</summary>
    public static void CallWithCurrentContinuation<T>(Action<Continuation<T>> receiver, Continuation<T> current) => receiver(current);

    /// <summary>c() in CPS: <paramref name="done"/> is the rest of main, called once with dog + pig.</summary>
    private static void C(EventLoop loop, Continuation<string> done)
    {
        string? pig = null;
        Continuation<string>? waitingForPig = null;

        // The pig's task: when the pig comes, resume whoever parked its continuation, or keep the pig for later.
        Fetch(loop, "🐷", 5000, value =>
        {
            if (waitingForPig is { } resume)
            {
                resume(value);
            }
            else
            {
                pig = value;
            }
        });

        // The dog's task: when the dog comes, capture "the rest of c() after the dog" and hand it over (or run it now).
        Fetch(loop, "🐶", 2000, dog => CallWithCurrentContinuation<string>(
            rest =>
            {
                if (pig is { } arrived)
                {
                    rest(arrived);
                }
                else
                {
                    waitingForPig = rest;
                }
            },
            value => done(dog + value)));
    }

    private static void Fetch(EventLoop loop, string value, long delayMs, Continuation<string> then) =>
        loop.SetTimeout(() => then(value), delayMs);
}

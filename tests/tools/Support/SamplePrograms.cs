using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool.Tests;

/// <summary>Kata-like programs for the run and timeline commands; the fake builder hands out this assembly as "the kata".</summary>
public static class SamplePrograms
{
    /// <summary>dog+pig in callbacks: "🐶🐷!" at 5000 ms, after main has ended.</summary>
    public static void DogPig(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        string? dog = null;
        string? pig = null;

        void Arrived()
        {
            if (dog is not null && pig is not null)
            {
                loop.Log(dog + pig + "!");
            }
        }

        loop.SetTimeout(() => { dog = "🐶"; Arrived(); }, 2000);
        loop.SetTimeout(() => { pig = "🐷"; Arrived(); }, 5000);
        loop.Log("main: end");
    }

    /// <summary>An untouched stub.</summary>
    public static void Stub(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        throw new NotSolvedYetException("Kata 01 (sample), step 1: do it.");
    }

    /// <summary>The warm-up's shape: a microtask and timers, each naming its lane.</summary>
    public static void WarmUp(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        loop.SetTimeout(() => loop.Log("timer: 500 ms"), 500);
        loop.QueueMicrotask(() => loop.Log("microtask: after main, before any timer"));
        loop.ClearTimeout(loop.SetTimeout(() => loop.Log("timer: never"), 700));
        loop.Log("main: end");
    }

    /// <summary>A timer that settles a "promise" whose reaction hops through two microtasks before c() logs.</summary>
    public static void Promised(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        loop.SetTimeout(() => loop.QueueMicrotask(() => loop.QueueMicrotask(() => loop.Log("🐶!"))), 2000);
        loop.Log("main: end");
    }

    /// <summary>A program with static state, as a learner's kata may have.</summary>
    public static void Counted(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log($"run {++Runs}");
    }

    private static int Runs { get; set; }

    public static Transcript Record(Action<EventLoop> main) => EventLoop.Run(main, new LoopOptions { RecordCallbacks = true });
}

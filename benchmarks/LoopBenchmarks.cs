using BenchmarkDotNet.Attributes;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks;

/// <summary>
/// What one kata run costs on the virtual clock. The dog+pig program spans 5000 ms of program time;
/// divide by these figures for the speed-up over watching it on the real clock.
/// </summary>
[MemoryDiagnoser]
public class LoopBenchmarks
{
    /// <summary>Dog+pig with callbacks: two timers, a join, three lines.</summary>
    [Benchmark(Baseline = true)]
    public Transcript DogPigCallbacks() => EventLoop.Run(loop =>
    {
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
    });

    /// <summary>Dog+pig with real async/await on the loop: Task.Delay through the loop's TimeProvider.</summary>
    [Benchmark]
    public Transcript DogPigAwait() => EventLoop.Run(async loop =>
    {
        loop.Log("main: start");
        var dog = Delay(loop, "🐶", 2000);
        var pig = Delay(loop, "🐷", 5000);
        var c = C(dog, pig);
        loop.Log("main: end");
        loop.Log(await c + "!");
    });

    /// <summary>A thousand timers and a thousand microtasks: the loop's own overhead per callback.</summary>
    [Benchmark]
    public Transcript ThousandTimersAndMicrotasks() => EventLoop.Run(loop =>
    {
        for (var i = 0; i < 1000; i++)
        {
            loop.SetTimeout(() => loop.QueueMicrotask(() => { }), i);
        }
    });

    private static async Task<string> Delay(EventLoop loop, string value, int ms)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(ms), loop.TimeProvider);
        return value;
    }

    private static async Task<string> C(Task<string> dog, Task<string> pig) => await dog + await pig;
}

using BenchmarkDotNet.Attributes;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks;

/// <summary>
/// What the loop itself costs per callback, on the virtual clock. The dog+pig program on every rung is in
/// <see cref="RungBenchmarks"/>.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs a generated class derived from this one.</remarks>
[MemoryDiagnoser]
public class LoopBenchmarks
{
    /// <summary>A thousand timers and a thousand microtasks: the loop's own overhead per callback.</summary>
    [Benchmark]
    public Transcript ThousandTimersAndMicrotasks() => EventLoop.Run(loop =>
    {
        for (var i = 0; i < 1000; i++)
        {
            loop.SetTimeout(() => loop.QueueMicrotask(() => { }), i);
        }
    });
}

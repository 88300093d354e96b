using BenchmarkDotNet.Attributes;
using ContinuationKatas.Benchmarks.Rungs;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks;

/// <summary>
/// The dog+pig program once per rung of the ladder: one whole <see cref="EventLoop.Run(Action{EventLoop}, LoopOptions?)"/>
/// in virtual time (5000 ms of program time, no real waiting), with the time and the bytes it costs. Baseline: callbacks.
/// Each body is the kit's reference code where a solution exists; tests/benchmarks checks that each prints the
/// approved dog+pig transcript, so no rung measures a broken program.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs a generated class derived from this one.</remarks>
[MemoryDiagnoser]
public class RungBenchmarks
{
    /// <summary>Kata 02: continuation-passing style with the loop's timers, a join written by hand.</summary>
    [Benchmark(Baseline = true)]
    public Transcript Callbacks() => EventLoop.Run(Katas.Callbacks.DogPig.Main);

    /// <summary>Kata 05: the kata's own promise, c() as one flat <c>Then</c> chain.</summary>
    [Benchmark]
    public Transcript Promise() => EventLoop.Run(Katas.Chaining.DogPig.Main);

    /// <summary>Kata 08: c() as an iterator that yields promises (the kit's promise library), driven by the runner.</summary>
    [Benchmark]
    public Transcript GeneratorRunner() => EventLoop.Run(Katas.GeneratorRunner.DogPig.Main);

    /// <summary>Kata 10: c() lowered by hand into a state machine class over the kit's promise library.</summary>
    [Benchmark]
    public Transcript StateMachine() => EventLoop.Run(Katas.StateMachine.DogPig.Main);

    /// <summary>Kata 12: <c>async Promise&lt;string&gt; C()</c> on the kata's method builder and awaiter.</summary>
    [Benchmark]
    public Transcript CustomBuilder() => EventLoop.Run(Katas.CustomBuilder.DogPig.Main);

    /// <summary>Kata 13's program: <c>async Task</c> with <c>Task.Delay</c> on the loop's TimeProvider.</summary>
    [Benchmark]
    public Transcript Task() => EventLoop.Run(TaskRung.DogPig);

    /// <summary>Kata 15's program: an <c>IAsyncEnumerable&lt;string&gt;</c> consumed with <c>await foreach</c>.</summary>
    [Benchmark]
    public Transcript AsyncStream() => EventLoop.Run(AsyncStreamRung.DogPig);

    /// <summary>Kata 17's program: continuations as values, 🐶 handing the rest of c() to 🐷.</summary>
    [Benchmark]
    public Transcript CallCC() => EventLoop.Run(CallCCRung.DogPig);
}

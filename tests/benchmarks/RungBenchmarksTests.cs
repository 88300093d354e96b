using System.Reflection;
using BenchmarkDotNet.Attributes;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks.Tests;

public sealed class RungBenchmarksTests
{
    private static readonly MethodInfo[] Rungs = [.. typeof(RungBenchmarks).GetMethods()
        .Where(method => method.GetCustomAttribute<BenchmarkAttribute>() is not null)
        .OrderBy(method => method.MetadataToken)];

    private static IEnumerable<TestCaseData> RungCases() =>
        Rungs.Select(method => new TestCaseData(method.Name).SetName($"Rung_{method.Name}_PrintsDogPigWithTheDogAt2000AndThePigAt5000"));

    [TestCaseSource(nameof(RungCases))]
    public void Rung_OneRun_PrintsDogPigWithTheDogAt2000AndThePigAt5000(string rung)
    {
        var transcript = (Transcript)Rungs.Single(method => method.Name == rung).Invoke(new RungBenchmarks(), null)!;

        var problems = DogPigCheck.Problems(transcript);

        // One readable message (Is.Empty would print the list a second time).
        if (problems.Count > 0)
        {
            Assert.Fail($"The {rung} benchmark would measure a broken program:\n{string.Join("\n", problems)}");
        }
    }

    [Test]
    public void RungBenchmarks_Rungs_AreTheLadderInOrderWithCallbacksAsBaseline()
    {
        Assert.That(Rungs.Select(method => method.Name), Is.EqualTo(new[]
        {
            "Callbacks", "Promise", "GeneratorRunner", "StateMachine", "CustomBuilder", "Task", "AsyncStream", "CallCC",
        }));
        Assert.That(Rungs.Where(method => method.GetCustomAttribute<BenchmarkAttribute>()!.Baseline).Select(method => method.Name), Is.EqualTo(new[] { "Callbacks" }));
    }
}

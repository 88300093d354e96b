namespace ContinuationKatas.Tool;

/// <summary>Runs a checkout's tests: the slow part of progress, watch, report and class, faked in the tool's tests.</summary>
internal interface ITestRunner
{
    /// <summary>Tests every project of the checkout at <paramref name="repoRoot"/> against <paramref name="set"/>, quietly (output to <paramref name="log"/>).</summary>
    /// <returns>The results by project folder name ("02-callbacks", "runtime", …).</returns>
    IReadOnlyDictionary<string, IReadOnlyList<TestResult>> RunAll(string repoRoot, string set, string log);

    /// <summary>Builds and tests one kata against the learner's katas/, quietly (output to <paramref name="log"/>).</summary>
    KataTestRun RunKata(string repoRoot, KataInfo kata, string log);
}

/// <summary>One kata's test results, or the compiler errors that kept it from running.</summary>
internal sealed record KataTestRun(IReadOnlyList<TestResult> Results, IReadOnlyList<string> BuildErrors);

/// <summary>The real thing: `dotnet test`.</summary>
internal sealed class DotnetTestRunner : ITestRunner
{
    public IReadOnlyDictionary<string, IReadOnlyList<TestResult>> RunAll(string repoRoot, string set, string log) =>
        DotnetTest.Run(repoRoot, set, log);

    public KataTestRun RunKata(string repoRoot, KataInfo kata, string log)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var trx = Path.Combine(Progress.ResultsDirectory(repoRoot, "katas"), kata.Id + ".trx");
        if (File.Exists(trx))
        {
            File.Delete(trx);
        }

        // KataSummary=false: the caller shows the result its own way (tests/KataNextStep.targets).
        Processes.Run("dotnet", ["test", $"tests/{kata.Id}", "-p:KataSet=katas", "-p:KataSummary=false", "--nologo"], repoRoot, log: log);
        var results = TrxReader.ReadAll(Path.GetDirectoryName(trx)!).GetValueOrDefault(kata.Id) ?? [];
        return new KataTestRun(results, DotnetTest.Errors(log));
    }
}

namespace ContinuationKatas.Tool;

/// <summary>Runs a checkout's tests: the slow part of progress, watch, report and class, faked in the tool's tests.</summary>
internal interface ITestRunner
{
    /// <summary>Tests every project of the checkout at <paramref name="repoRoot"/> against <paramref name="set"/>, quietly (output to <paramref name="log"/>).</summary>
    /// <returns>The results by project folder name ("02-callbacks", "runtime", …).</returns>
    IReadOnlyDictionary<string, IReadOnlyList<TestResult>> RunAll(string repoRoot, string set, string log);

    /// <summary>Builds and tests one kata against the learner's katas/, quietly (output to <paramref name="log"/>).</summary>
    /// <param name="repoRoot">The checkout.</param>
    /// <param name="kata">The kata.</param>
    /// <param name="log">Where the output goes.</param>
    /// <param name="restore">
    /// Whether to restore packages first. A retest after a saved .cs file can skip it (`kata watch`): the
    /// packages are as the last run left them, and the restore is a good part of a small kata's test time.
    /// </param>
    KataTestRun RunKata(string repoRoot, KataInfo kata, string log, bool restore = true);

    /// <summary>
    /// Builds and tests the tests of <paramref name="katas"/> (folder names) against <paramref name="set"/>, and the
    /// kit's own tests when <paramref name="kit"/> is set, in one quiet build (output to <paramref name="log"/>):
    /// what `kata test` runs. Each project leaves its results in artifacts/results/{set}.
    /// </summary>
    /// <returns>Whether everything built and every test passed.</returns>
    bool RunQuietly(string repoRoot, string set, IReadOnlyList<string> katas, bool kit, string configuration, string log);

    /// <summary>Stops what <see cref="RunKata"/> kept warm between retests (the MSBuild server), when a watch ends.</summary>
    void StopWarmBuilds(string repoRoot)
    {
    }
}

/// <summary>One kata's test results, or the compiler errors that kept it from running.</summary>
internal sealed record KataTestRun(IReadOnlyList<TestResult> Results, IReadOnlyList<string> BuildErrors);

/// <summary>The real thing: `dotnet test`.</summary>
internal sealed class DotnetTestRunner : ITestRunner
{
    public IReadOnlyDictionary<string, IReadOnlyList<TestResult>> RunAll(string repoRoot, string set, string log) =>
        DotnetTest.Run(repoRoot, set, log);

    public void StopWarmBuilds(string repoRoot) => QuickRetest.StopServer(repoRoot);

    public bool RunQuietly(string repoRoot, string set, IReadOnlyList<string> katas, bool kit, string configuration, string log) =>
        DotnetTest.RunQuietly(repoRoot, set, katas, kit, configuration, log);

    public KataTestRun RunKata(string repoRoot, KataInfo kata, string log, bool restore = true)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var trx = Path.Combine(Progress.ResultsDirectory(repoRoot, "katas"), kata.Id + ".trx");
        if (File.Exists(trx))
        {
            File.Delete(trx);
        }

        // A retest after a saved .cs file: the kata's project alone, then the tests built last time, when they still fit.
        if (!restore && QuickRetest.TryRun(repoRoot, kata, log) is { } quick)
        {
            return quick;
        }

        // KataSummary=false: the caller shows the result its own way (tests/KataNextStep.targets).
        string[] args = ["test", $"tests/{kata.Id}", "-p:KataSet=katas", "-p:KataSummary=false", "--nologo"];
        Processes.Run("dotnet", restore ? args : [.. args, "--no-restore"], repoRoot, QuickRetest.Environment, log);
        var results = TrxReader.ReadAll(Path.GetDirectoryName(trx)!).GetValueOrDefault(kata.Id) ?? [];
        return new KataTestRun(results, DotnetTest.Errors(log));
    }
}

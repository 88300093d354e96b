namespace ContinuationKatas.Tool;

/// <summary>Runs `dotnet test` on the kit's solution for one tree and reads the results it leaves.</summary>
internal static class DotnetTest
{
    /// <summary>Runs the tests against <paramref name="set"/> ("katas" or "solutions"), logging to <paramref name="log"/>.</summary>
    /// <returns>The TRX results by project, keyed by folder name (e.g. "02-callbacks", "runtime").</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<TestResult>> Run(
        string repoRoot, string set, string log, IReadOnlyDictionary<string, string>? environment = null)
    {
        var results = Progress.ResultsDirectory(repoRoot, set);
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        Processes.Run("dotnet", ["test", "Katas.sln", $"-p:KataSet={set}", "-p:KataSummary=false"], repoRoot, environment, log);
        return TrxReader.ReadAll(results);
    }

    /// <summary>The compiler errors in a log, for showing why a tree did not build.</summary>
    public static IReadOnlyList<string> Errors(string log) =>
        File.Exists(log)
            ? [.. File.ReadLines(log).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20)]
            : [];
}

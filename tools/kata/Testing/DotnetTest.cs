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

    /// <summary>
    /// `kata test`'s one build: `dotnet test` on the solution, whose VSTest target runs in its inner form (Directory.Solution.targets,
    /// KataInner), limited to <paramref name="katas"/>' test projects and restoring only those (NuGet's
    /// RestoreGraphProjectInput), unless <paramref name="kit"/> asks for the kit's tests too.
    /// </summary>
    public static bool RunQuietly(string repoRoot, string set, IReadOnlyList<string> katas, bool kit, string configuration, string log)
    {
        ArgumentNullException.ThrowIfNull(katas);
        List<string> args =
        [
            // `dotnet test`, as `kata check` runs it (not `dotnet msbuild -t:VSTest`): the same test-run settings
            // and the same path that has run every CI check.
            "test", "Katas.sln", "--nologo",
            "-p:KataInner=true", $"-p:KataSet={set}", $"-p:KitTests={(kit ? "true" : "false")}", $"-p:Configuration={configuration}",
        ];
        if (!kit)
        {
            // Quoted, so MSBuild keeps the semicolons inside one property.
            args.Add($"-p:KataOnly=\"{string.Join(';', katas)}\"");
            var projects = katas.Select(id => KataFiles.Project(Path.Combine(repoRoot, "tests", id)))
                .OfType<string>();
            args.Add($"-p:RestoreGraphProjectInput=\"{string.Join(';', projects)}\"");
        }

        return Processes.Run("dotnet", args, repoRoot, log: log).Succeeded;
    }

    /// <summary>The compiler errors in a log, for showing why a tree did not build.</summary>
    public static IReadOnlyList<string> Errors(string log) =>
        File.Exists(log)
            ? [.. File.ReadLines(log).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20)]
            : [];
}

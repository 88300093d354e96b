namespace ContinuationKatas.Tool;

/// <summary>
/// `kata watch`'s retest after a saved .cs file, faster than `dotnet test`: builds the kata's own project alone
/// (its references were built by the first run), puts the new assembly beside the tests built last time, and
/// runs them with `dotnet vstest`. The builds go through the MSBuild server, which stays warm between saves.
/// </summary>
/// <remarks>
/// It applies only while the tests need no rebuild: the kata's reference assembly (its public surface) is the
/// one they were compiled against. When it changed, or anything is missing, <see cref="TryRun"/> returns null
/// and the caller runs `dotnet test` as usual.
/// </remarks>
internal static class QuickRetest
{
    /// <summary>The environment of the builds: the MSBuild server on, so that each save does not start MSBuild afresh.</summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } =
        new Dictionary<string, string> { ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "1" };

    /// <summary>Stops the MSBuild server the builds started (when the watch ends).</summary>
    public static void StopServer(string repoRoot) =>
        Processes.Run("dotnet", ["build-server", "shutdown", "--msbuild"], repoRoot);

    public static KataTestRun? TryRun(string repoRoot, KataInfo kata, string log)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var kataProject = KataFiles.Project(Path.Combine(repoRoot, "katas", kata.Id));
        var testProject = KataFiles.Project(Path.Combine(repoRoot, "tests", kata.Id));
        if (kataProject is null || testProject is null)
        {
            return null;
        }

        var testOutput = Path.Combine(repoRoot, "tests", kata.Id, "bin", "katas", "Debug", "net10.0");
        var tests = Path.Combine(testOutput, Path.GetFileNameWithoutExtension(testProject) + ".dll");
        var references = Path.Combine(repoRoot, "katas", kata.Id, "obj", "Debug", "net10.0", "ref");
        var surface = Directory.Exists(references) ? Directory.EnumerateFiles(references, "*.dll").FirstOrDefault() : null;
        if (!File.Exists(tests) || surface is null)
        {
            return null;
        }

        var before = File.GetLastWriteTimeUtc(surface);
        var build = Processes.Run(
            "dotnet",
            ["build", kataProject, "--no-restore", "--no-dependencies", "--nologo", "-v", "q", "-t:Build", "-getProperty:TargetPath"],
            repoRoot,
            Environment,
            log);
        if (!build.Succeeded)
        {
            return new KataTestRun([], DotnetTest.Errors(log));
        }

        var assembly = build.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => line.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(line));
        if (assembly is null || File.GetLastWriteTimeUtc(surface) != before || !File.Exists(Path.Combine(testOutput, Path.GetFileName(assembly))))
        {
            return null; // a new public surface: the tests are compiled again by `dotnet test`
        }

        foreach (var file in new[] { assembly, Path.ChangeExtension(assembly, ".pdb") }.Where(File.Exists))
        {
            File.Copy(file, Path.Combine(testOutput, Path.GetFileName(file)), overwrite: true);
        }

        // The caller (DotnetTestRunner.RunKata) has deleted the kata's old results file.
        var results = Progress.ResultsDirectory(repoRoot, "katas");
        Processes.Run("dotnet", ["vstest", tests, $"--logger:trx;LogFileName={kata.Id}.trx", $"--ResultsDirectory:{results}"], repoRoot, log: log + ".tests");
        return new KataTestRun(TrxReader.ReadAll(results).GetValueOrDefault(kata.Id) ?? [], []);
    }
}

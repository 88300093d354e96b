using System.Diagnostics;

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

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "test", "Katas.sln", $"-p:KataSet={set}", "-p:KataSummary=false" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        using var writer = new StreamWriter(log);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start `dotnet`.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return TrxReader.ReadAll(results);
    }

    /// <summary>The compiler errors in a log, for showing why a tree did not build.</summary>
    public static IReadOnlyList<string> Errors(string log) =>
        File.Exists(log)
            ? [.. File.ReadLines(log).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20)]
            : [];
}

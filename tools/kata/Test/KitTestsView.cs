using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>The kit's own tests (runtime, approvals, tools, …) in a quiet run: one line, and each failing test when some fail.</summary>
internal static class KitTestsView
{
    private const int MaxShown = 20;

    /// <summary>Writes the kit tests' outcome from the results of the run; returns whether they all passed and every project reported.</summary>
    public static bool Write(IAnsiConsole console, string repoRoot, string set, string log)
    {
        ArgumentNullException.ThrowIfNull(console);
        var results = TrxReader.ReadAll(Progress.ResultsDirectory(repoRoot, set))
            .Where(pair => !InputFingerprint.IsKataTests(pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
        var all = results.SelectMany(pair => pair.Value.Select(result => (Project: pair.Key, Result: result))).ToList();
        var failed = all.Where(entry => !entry.Result.Passed).ToList();
        var errors = DotnetTest.Errors(log);
        console.WriteLine();
        var style = failed.Count == 0 && errors.Count == 0 ? Styles.Good : Styles.Bad;
        console.WriteLine($"Kit tests ({results.Count} projects): {all.Count - failed.Count} passed, {failed.Count} failed", style);
        foreach (var (project, result) in failed.Take(MaxShown))
        {
            console.WriteLine($"  ✘ {project}: {result.Name}", Styles.Bad);
            console.WriteLine("      " + (result.Message ?? "(no message)").Split('\n')[0].Trim());
        }

        foreach (var error in errors.Take(MaxShown))
        {
            console.WriteLine("  " + error, Styles.Bad);
        }

        return failed.Count == 0 && errors.Count == 0;
    }
}

using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>
/// The kata a learner is on, in full, above the progress summary of a quiet `dotnet test`: each failing
/// test's message (tests that fail alike are shown once), or the compiler errors that kept it from running.
/// </summary>
internal static class FailureView
{
    private const int MaxErrors = 12;

    /// <summary>Writes what <paramref name="current"/>'s tests said; <paramref name="log"/> is the quiet build's output, for compiler errors.</summary>
    public static void Write(IAnsiConsole console, KataProgress current, string repoRoot, string log)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(current);
        var kata = current.Kata;
        console.WriteLine();
        var advice = $"  Each test in full, with stack traces: dotnet test tests/{kata.Id}; every kata's failures: ./kata report";
        switch (current.Status)
        {
            case KataStatus.NoResults or KataStatus.Changed:
                console.WriteLine($"──── Kata {kata.Code} · {kata.Title}: no test results ────", Styles.Attention);
                advice = $"  Build and test it alone, with all the output: dotnet test tests/{kata.Id}";
                var errors = ErrorsOf(repoRoot, log, kata);
                if (errors.Count == 0)
                {
                    console.WriteLine($"  Its tests did not run. The build's output: {Relative(repoRoot, log)}");
                }

                foreach (var error in errors)
                {
                    console.WriteLine("  " + error);
                }

                break;
            default:
                console.WriteLine($"──── Kata {kata.Code} · {kata.Title}: {current.Passed} of {current.Total} tests pass ────", Styles.Heading);
                foreach (var group in current.Failures.GroupBy(f => f.ReadableMessage).OrderBy(g => ProgressView.StepOf(g.Key)))
                {
                    var names = group.Select(f => f.Name).ToList();
                    console.WriteLine(names.Count == 1 ? $"  ✘ {names[0]}" : $"  ✘ {names[0]} and {names.Count - 1} more failing alike", Styles.Bad);
                    foreach (var line in group.Key.Split('\n'))
                    {
                        console.WriteLine("      " + line);
                    }
                }

                break;
        }

        console.WriteLine(advice, Styles.Quiet);
    }

    /// <summary>The compiler errors in <paramref name="log"/> that belong to <paramref name="kata"/> (its project or its tests), paths made relative.</summary>
    public static IReadOnlyList<string> ErrorsOf(string repoRoot, string log, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        if (!File.Exists(log))
        {
            return [];
        }

        var root = repoRoot.TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
        return [.. File.ReadLines(log)
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) && BelongsTo(line, kata))
            .Select(line => line.Trim().Replace(root, string.Empty, StringComparison.Ordinal))
            .Select(line => line.Contains(" [", StringComparison.Ordinal) && line.EndsWith(']') ? line[..line.LastIndexOf(" [", StringComparison.Ordinal)] : line)
            .Distinct()
            .Take(MaxErrors)];
    }

    private static bool BelongsTo(string line, KataInfo kata) =>
        line.Contains($"/{kata.Id}/", StringComparison.Ordinal) || line.Contains($"\\{kata.Id}\\", StringComparison.Ordinal);

    private static string Relative(string repoRoot, string path) => Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
}

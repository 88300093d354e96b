using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>What `kata watch` shows after each test run: the verdict, the failing tests with their transcript diffs, the next step.</summary>
internal static class WatchView
{
    private const int MaxMessageLines = 40;

    /// <param name="catalog">The ladder.</param>
    /// <param name="kata">The kata watched.</param>
    /// <param name="run">Its test run.</param>
    /// <param name="progress">Every kata's progress from the last results, for "Next:" after a pass.</param>
    public static void Write(IAnsiConsole console, Catalog catalog, KataInfo kata, KataTestRun run, IReadOnlyList<KataProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(run);
        var name = $"Kata {kata.Code} · {kata.Title}";
        if (run.BuildErrors.Count > 0)
        {
            console.WriteLine($"✘ {name} does not compile:", Styles.Bad);
            foreach (var error in run.BuildErrors.Take(10))
            {
                console.WriteLine("  " + error);
            }

            return;
        }

        var result = KataProgress.From(kata, run.Results);
        switch (result.Status)
        {
            case KataStatus.NoResults:
                console.WriteLine($"! {name}: no test results. Does it build? Try: dotnet test tests/{kata.Id}", Styles.Attention);
                break;
            case KataStatus.Solved:
                console.WriteLine($"✔ {name}: solved, all {result.Total} tests pass!", Styles.Good);
                console.WriteLine($"  Compare yours with the reference: ./kata compare {kata.Code}");
                console.WriteLine("  " + ProgressView.NextAfter(Known(catalog, progress), kata));
                break;
            case KataStatus.NotStarted:
                console.WriteLine($"· {name}: not solved yet.", Styles.Attention);
                console.WriteLine("  " + result.Failures[0].ReadableMessage.Split('\n')[0]);
                break;
            default:
                console.WriteLine($"✘ {name}: {result.Passed} of {result.Total} tests pass.", Styles.Bad);
                // A wrong transcript is shown whole, with its diff; other failures by their first line.
                foreach (var failure in result.Failures.OrderBy(f => IsTranscript(f) ? 0 : 1))
                {
                    console.WriteLine($"  ✘ {failure.Name}", Styles.Bad);
                    var lines = failure.ReadableMessage.Split('\n');
                    foreach (var line in IsTranscript(failure) ? lines.Take(MaxMessageLines) : lines.Take(1))
                    {
                        console.WriteLine("      " + line, DiffStyle(line));
                    }
                }

                break;
        }

    }

    /// <summary>Every kata of the catalog, in ladder order; one missing from <paramref name="progress"/> has no results.</summary>
    private static List<KataProgress> Known(Catalog catalog, IReadOnlyList<KataProgress> progress) =>
        [.. catalog.Katas.Select(kata => progress.FirstOrDefault(p => p.Kata.Id == kata.Id) ?? KataProgress.From(kata, null))];

    private static bool IsTranscript(TestResult failure) =>
        failure.Message?.Contains("transcript", StringComparison.OrdinalIgnoreCase) == true && failure.Message.Contains('\n', StringComparison.Ordinal);

    /// <summary>The approval diff's lines ("- approved", "+ received") in the kit's diff colors; other lines plain.</summary>
    private static Style DiffStyle(string line) =>
        line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal) ? Styles.Diff(line) : Style.Plain;
}

using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>What `kata watch` shows after each test run: the verdict, the failing tests with their transcript diffs, the next step.</summary>
internal static class WatchView
{
    private const int MaxMessageLines = 40;

    /// <param name="catalog">The ladder.</param>
    /// <param name="kata">The kata watched.</param>
    /// <param name="run">Its test run.</param>
    /// <param name="color">Whether to color the text.</param>
    /// <param name="progress">Every kata's progress from the last results, for "Next:" after a pass.</param>
    public static string Render(Catalog catalog, KataInfo kata, KataTestRun run, bool color, IReadOnlyList<KataProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        var name = $"Kata {kata.Code} · {kata.Title}";
        if (run.BuildErrors.Count > 0)
        {
            text.Append(Paint($"✘ {name} does not compile:", Ansi.Red, color)).Append('\n');
            foreach (var error in run.BuildErrors.Take(10))
            {
                text.Append("  ").Append(error).Append('\n');
            }

            return text.ToString();
        }

        var result = KataProgress.From(kata, run.Results);
        switch (result.Status)
        {
            case KataStatus.NoResults:
                text.Append(Paint($"! {name}: no test results. Does it build? Try: dotnet test tests/{kata.Id}", Ansi.Yellow, color)).Append('\n');
                break;
            case KataStatus.Solved:
                text.Append(Paint($"✔ {name}: solved, all {result.Total} tests pass!", Ansi.Green, color)).Append('\n');
                text.Append($"  Compare yours with the reference: ./kata compare {kata.Code}\n");
                text.Append("  ").Append(ProgressView.NextAfter(Known(catalog, progress), kata)).Append('\n');
                break;
            case KataStatus.NotStarted:
                text.Append(Paint($"· {name}: not solved yet.", Ansi.Yellow, color)).Append('\n');
                text.Append("  ").Append(Clean(result.Failures[0].Message).Split('\n')[0]).Append('\n');
                break;
            default:
                text.Append(Paint($"✘ {name}: {result.Passed} of {result.Total} tests pass.", Ansi.Red, color)).Append('\n');
                // A wrong transcript is shown whole, with its diff; other failures by their first line.
                foreach (var failure in result.Failures.OrderBy(f => IsTranscript(f) ? 0 : 1))
                {
                    text.Append(Paint($"  ✘ {failure.Name}", Ansi.Red, color)).Append('\n');
                    var lines = Clean(failure.Message).Split('\n');
                    foreach (var line in IsTranscript(failure) ? lines.Take(MaxMessageLines) : lines.Take(1))
                    {
                        text.Append("      ").Append(DiffColor(line, color)).Append('\n');
                    }
                }

                break;
        }

        return text.ToString();
    }

    /// <summary>Every kata of the catalog, in ladder order; one missing from <paramref name="progress"/> has no results.</summary>
    private static List<KataProgress> Known(Catalog catalog, IReadOnlyList<KataProgress> progress) =>
        [.. catalog.Katas.Select(kata => progress.FirstOrDefault(p => p.Kata.Id == kata.Id) ?? KataProgress.From(kata, null))];

    private static bool IsTranscript(TestResult failure) =>
        failure.Message?.Contains("transcript", StringComparison.OrdinalIgnoreCase) == true && failure.Message.Contains('\n', StringComparison.Ordinal);

    private static string Clean(string? message) =>
        (message ?? "(no message)").Replace("\r\n", "\n", StringComparison.Ordinal).Replace("OneTimeSetUp: ", string.Empty, StringComparison.Ordinal).Trim();

    private static string DiffColor(string line, bool color) => line switch
    {
        _ when line.StartsWith("- ", StringComparison.Ordinal) => Paint(line, Ansi.Red, color),
        _ when line.StartsWith("+ ", StringComparison.Ordinal) => Paint(line, Ansi.Green, color),
        _ => line,
    };

    private static string Paint(string text, Ansi tint, bool color) => color ? tint.Wrap(text) : text;
}

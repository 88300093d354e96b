using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>What `kata watch` shows after each test run: the verdict, the failing tests with their transcript diffs, the next step.</summary>
internal static class WatchView
{
    private const int MaxMessageLines = 40;

    public static string Render(Catalog catalog, KataInfo kata, KataTestRun run, bool color)
    {
        ArgumentNullException.ThrowIfNull(catalog);
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

        var progress = KataProgress.From(kata, run.Results);
        switch (progress.Status)
        {
            case KataStatus.NoResults:
                text.Append(Paint($"! {name}: no test results. Does it build? Try: dotnet test tests/{kata.Id}", Ansi.Yellow, color)).Append('\n');
                break;
            case KataStatus.Solved:
                text.Append(Paint($"✔ {name}: solved, all {progress.Total} tests pass!", Ansi.Green, color)).Append('\n');
                var next = catalog.Katas.SkipWhile(k => k.Id != kata.Id).Skip(1).FirstOrDefault();
                text.Append($"  Compare yours with the reference: ./kata compare {kata.Code}\n");
                text.Append(next is null
                    ? "  That was the last kata. Well done!\n"
                    : $"  Next: kata {next.Code}, {next.Title}: open {next.Readme}, then ./kata watch {next.Code}\n");
                break;
            case KataStatus.NotStarted:
                text.Append(Paint($"· {name}: not solved yet.", Ansi.Yellow, color)).Append('\n');
                text.Append("  ").Append(Clean(progress.Failures[0].Message).Split('\n')[0]).Append('\n');
                break;
            default:
                text.Append(Paint($"✘ {name}: {progress.Passed} of {progress.Total} tests pass.", Ansi.Red, color)).Append('\n');
                // A wrong transcript is shown whole, with its diff; other failures by their first line.
                foreach (var failure in progress.Failures.OrderBy(f => IsTranscript(f) ? 0 : 1))
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

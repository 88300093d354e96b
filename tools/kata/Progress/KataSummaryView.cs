using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>
/// How `dotnet test tests/NN-slug` ends: the kata's verdict and what to do next, as the root `dotnet test`
/// ends with the whole progress (tests/KataNextStep.targets runs `kata progress --after-test --kata NN`).
/// </summary>
internal static class KataSummaryView
{
    public static string Render(IReadOnlyList<KataProgress> all, KataInfo kata, bool color = false)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(kata);
        var progress = all.First(p => p.Kata.Id == kata.Id);
        var text = new StringBuilder();
        text.Append('\n').Append($"──── Kata {kata.Code} · {kata.Title} ────").Append('\n');
        var keepGoing = $"  Steps: {kata.Readme}; a hint: ./kata hint {kata.Code}; retest on every save: ./kata watch {kata.Code}";
        switch (progress.Status)
        {
            case KataStatus.Solved:
                text.Append(Paint($"✔ Solved: all {progress.Total} tests pass.", Ansi.Green, color))
                    .Append($" Compare yours with the reference: ./kata compare {kata.Code}\n");
                text.Append(Paint(ProgressView.NextAfter(all, kata), Ansi.Bold, color)).Append('\n');
                break;
            case KataStatus.NotStarted:
                text.Append(Paint("· Not started. ", Ansi.Yellow, color)).Append(ProgressView.Detail([progress])).Append('\n').Append(keepGoing).Append('\n');
                break;
            case KataStatus.Failing:
                text.Append(Paint($"✘ {progress.Passed} of {progress.Total} tests pass. ", Ansi.Red, color)).Append(ProgressView.Detail([progress])).Append('\n').Append(keepGoing).Append('\n');
                break;
            default:
                text.Append(Paint($"! No test results for kata {kata.Code}: it does not compile (the errors are above), or its tests did not run.", Ansi.Yellow, color)).Append('\n');
                break;
        }

        var solved = all.Count(p => p.Status == KataStatus.Solved);
        text.Append($"{solved} of {all.Count} katas solved; all of them: ./kata\n");
        return text.ToString();
    }

    private static string Paint(string text, Ansi tint, bool color) => color ? tint.Wrap(text) : text;
}

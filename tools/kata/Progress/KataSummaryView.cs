using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>
/// How `dotnet test tests/NN-slug` ends: the kata's verdict and what to do next, as the root `dotnet test`
/// ends with the whole progress (tests/KataNextStep.targets runs `kata progress --after-test --kata NN`).
/// </summary>
internal static class KataSummaryView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<KataProgress> all, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(kata);
        var progress = all.First(p => p.Kata.Id == kata.Id);
        console.WriteLine();
        console.WriteLine($"──── Kata {kata.Code} · {kata.Title} ────");
        var keepGoing = $"  Steps: {kata.Readme}; a hint: ./kata hint {kata.Code}; retest on every save: ./kata watch {kata.Code}";
        switch (progress.Status)
        {
            case KataStatus.Solved:
                console.Write($"✔ Solved: all {progress.Total} tests pass.", Styles.Good);
                console.WriteLine($" Compare yours with the reference: ./kata compare {kata.Code}");
                console.WriteLine(ProgressView.NextAfter(all, kata), Styles.Strong);
                break;
            case KataStatus.NotStarted:
                console.Write("· Not started. ", Styles.Attention);
                console.WriteLine(ProgressView.Detail([progress]) ?? string.Empty);
                console.WriteLine(keepGoing);
                break;
            case KataStatus.Failing:
                console.Write($"✘ {progress.Passed} of {progress.Total} tests pass. ", Styles.Bad);
                console.WriteLine(ProgressView.Detail([progress]) ?? string.Empty);
                console.WriteLine(keepGoing);
                break;
            default:
                console.WriteLine($"! No test results for kata {kata.Code}: it does not compile (the errors are above), or its tests did not run.", Styles.Attention);
                break;
        }

        var solved = all.Count(p => p.Status == KataStatus.Solved);
        console.WriteLine($"{solved} of {all.Count} katas solved; all of them: ./kata");
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>Renders progress by grade: each kata's state, a bar per grade, and the next step.</summary>
internal static class ProgressView
{
    public static string Render(Catalog catalog, IReadOnlyList<KataProgress> progress, bool color = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(progress);
        var titleWidth = progress.Count == 0 ? 0 : progress.Max(p => p.Kata.Title.Length);
        var text = new StringBuilder();
        var solved = progress.Count(p => p.Status == KataStatus.Solved);
        text.Append("Continuation Katas: ").Append(solved).Append(" of ").Append(progress.Count).Append(" katas solved\n");
        foreach (var grade in progress.GroupBy(p => p.Kata.Grade).OrderBy(g => g.Key))
        {
            var inGrade = grade.ToList();
            var done = inGrade.Count(p => p.Status == KataStatus.Solved);
            text.Append('\n')
                .Append($"Grade {grade.Key} · {catalog.GradeName(grade.Key),-15} {Paint(Bar(done, inGrade.Count), done == inGrade.Count ? Ansi.Green : Ansi.Cyan, color)} {done}/{inGrade.Count}\n");
            foreach (var kata in inGrade)
            {
                text.Append($"  {Paint(Mark(kata.Status), Tint(kata.Status), color)} {kata.Kata.Code} {kata.Kata.Title.PadRight(titleWidth)} {Paint(Describe(kata), Tint(kata.Status), color)}\n");
            }
        }

        text.Append('\n').Append(Paint(NextStep(progress), Ansi.Bold, color)).Append('\n');
        if (Detail(progress) is { } detail)
        {
            text.Append("  ").Append(detail).Append('\n');
        }

        return text.ToString();
    }

    public static string NextStep(IReadOnlyList<KataProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var next = progress.FirstOrDefault(p => p.Status != KataStatus.Solved);
        if (next is null)
        {
            return "Every kata is solved. Compare yours with the reference: ./kata compare NN";
        }

        return next.Status switch
        {
            KataStatus.NotStarted => $"Next: kata {next.Kata.Code}, {next.Kata.Title}. Open {next.Kata.Readme}",
            KataStatus.NoResults => $"Next: kata {next.Kata.Code} has no test results yet: its tests have not run, or it does not compile. Run them: dotnet test tests/{next.Kata.Id}",
            KataStatus.Changed => $"Next: kata {next.Kata.Code}, {next.Kata.Title}, changed since its tests last ran. Run them: dotnet test tests/{next.Kata.Id} (or ./kata watch {next.Kata.Code})",
            _ => $"Next: keep going with kata {next.Kata.Code}, {next.Kata.Title} ({next.Passed} of {next.Total} tests pass). {next.Kata.Readme}; a hint: ./kata hint {next.Kata.Code}",
        };
    }

    /// <summary>Where to go once <paramref name="solved"/> passes: the first other kata of the ladder that is not solved.</summary>
    public static string NextAfter(IReadOnlyList<KataProgress> progress, KataInfo solved)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(solved);
        var next = progress.FirstOrDefault(p => p.Kata.Id != solved.Id && p.Status != KataStatus.Solved);
        return next switch
        {
            null => "Every kata is solved. Well done!",
            { Status: KataStatus.NotStarted } => $"Next: kata {next.Kata.Code}, {next.Kata.Title}. Open {next.Kata.Readme}, then ./kata watch {next.Kata.Code}",
            { Status: KataStatus.Failing } => $"Next: kata {next.Kata.Code}, {next.Kata.Title}, is not solved yet ({next.Passed} of {next.Total} tests passed). ./kata watch {next.Kata.Code}",
            _ => $"Next: kata {next.Kata.Code}, {next.Kata.Title} ({Describe(next)}). ./kata watch {next.Kata.Code}",
        };
    }

    /// <summary>What the next kata's tests say: the stub's next step, or the first failing test and its message.</summary>
    public static string? Detail(IReadOnlyList<KataProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var next = progress.FirstOrDefault(p => p.Status != KataStatus.Solved);
        if (next is { Status: KataStatus.Changed })
        {
            return null; // its failures are from code that is no longer there
        }

        // The stub's lowest step first: tests fail in any order, but the learner starts at step 1.
        var failure = next?.Failures.OrderBy(f => StepOf(f.Message)).FirstOrDefault();
        if (failure is null)
        {
            return null;
        }

        var message = FirstLine(failure.Message);
        return next!.Status == KataStatus.NotStarted ? message : $"First failing test: {failure.Name}: {message}";
    }

    private static int StepOf(string? message)
    {
        var match = message is null ? null : Regex.Match(message, @"step (\d+)");
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : int.MaxValue;
    }

    private static string FirstLine(string? message)
    {
        const string setUp = "OneTimeSetUp: ";
        var lines = (message ?? "(no message)").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var line = lines.Count == 0 ? "(no message)" : lines[0];

        // "…transcript:" is followed by the bullet that names the mistake: that is the useful part.
        if (line.EndsWith(':') && lines.Count > 1)
        {
            line += " " + lines[1];
        }

        return line.StartsWith(setUp, StringComparison.Ordinal) ? line[setUp.Length..] : line;
    }

    private static string Paint(string text, Ansi tint, bool color) => color ? tint.Wrap(text) : text;

    private static Ansi Tint(KataStatus status) => status switch
    {
        KataStatus.Solved => Ansi.Green,
        KataStatus.Failing => Ansi.Red,
        KataStatus.NoResults or KataStatus.Changed => Ansi.Yellow,
        _ => Ansi.Dim,
    };

    private static string Mark(KataStatus status) => status switch
    {
        KataStatus.Solved => "✔",
        KataStatus.Failing => "✘",
        KataStatus.NoResults => "!",
        KataStatus.Changed => "~",
        _ => "·",
    };

    private static string Describe(KataProgress kata) => kata.Status switch
    {
        KataStatus.Solved => "solved",
        KataStatus.NotStarted => "not started",
        KataStatus.NoResults => "no results yet (not run, or does not compile)",
        KataStatus.Changed => $"changed since its tests last ran (then: {Then(kata)})",
        _ => $"{kata.Passed} of {kata.Total} tests pass",
    };

    private static string Then(KataProgress kata) => kata.Then switch
    {
        KataStatus.Solved => "solved",
        KataStatus.NotStarted => "not started",
        _ => $"{kata.Passed} of {kata.Total} tests passed",
    };

    private static string Bar(int done, int total)
    {
        const int width = 12;
        var filled = total == 0 ? 0 : done * width / total;
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }
}

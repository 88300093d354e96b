using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ContinuationKatas.Tool;

/// <summary>Renders progress by grade: each kata's state, a bar per grade, and the next step.</summary>
internal static class ProgressView
{
    private const int BarWidth = 12;

    /// <summary>Writes the progress: a heading, then per grade its bar (in color) and count, then each kata's mark, title and state.</summary>
    public static void Write(IAnsiConsole console, Catalog catalog, IReadOnlyList<KataProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(progress);
        var solved = progress.Count(p => p.Status == KataStatus.Solved);
        console.WriteLine($"Continuation Katas: {solved} of {progress.Count} katas solved");
        // One width for every grade's heading and one for every title: the bars and the states line up down the page.
        var titleWidth = progress.Select(p => p.Kata.Title.GetCellWidth()).DefaultIfEmpty(0).Max();
        var headingWidth = progress.Select(p => Heading(catalog, p.Kata.Grade).GetCellWidth()).DefaultIfEmpty(0).Max();
        var colored = console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        foreach (var grade in progress.GroupBy(p => p.Kata.Grade).OrderBy(g => g.Key))
        {
            var inGrade = grade.ToList();
            var done = inGrade.Count(p => p.Status == KataStatus.Solved);
            var heading = new Grid().AddColumn(new GridColumn().NoWrap().Width(headingWidth).PadRight(1));
            var row = new List<IRenderable> { new Text(Heading(catalog, grade.Key)) };
            if (colored)
            {
                // The bar is drawn in colors only: without them, solved and unsolved parts look alike.
                heading.AddColumn(new GridColumn().NoWrap().PadRight(1));
                row.Add(new BreakdownChart().Width(BarWidth).HideTags()
                    .AddItem("solved", done, done == inGrade.Count ? Color.Green : Color.Aqua)
                    .AddItem("to do", inGrade.Count - done, Color.Grey));
            }

            heading.AddColumn(new GridColumn().NoWrap().PadRight(0));
            row.Add(new Text($"{done}/{inGrade.Count} solved"));
            console.WriteLine();
            console.Write(heading.AddRow([.. row]));
            var katas = new Grid()
                .AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1))
                .AddColumn(new GridColumn().NoWrap().PadRight(1))
                .AddColumn(new GridColumn().NoWrap().Width(titleWidth).PadRight(1))
                .AddColumn(new GridColumn().NoWrap().PadRight(0));
            foreach (var kata in inGrade)
            {
                var style = Styles.Of(kata.Status);
                katas.AddRow(new Text(Styles.Mark(kata.Status), style), new Text(kata.Kata.Code), new Text(kata.Kata.Title), new Text(Describe(kata), style));
            }

            console.Write(katas);
        }

        console.WriteLine();
        console.WriteLine(NextStep(progress), Styles.Strong);
        if (Detail(progress) is { } detail)
        {
            console.WriteLine("  " + detail);
        }
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

    private static string Heading(Catalog catalog, int grade) => $"Grade {grade} · {catalog.GradeName(grade)}";

    /// <summary>The stub step a failure message names ("step 2"), for ordering failures as the learner meets them.</summary>
    internal static int StepOf(string? message)
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
}

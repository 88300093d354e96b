using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>`kata report`: progress with every failing test, as text or machine-readable JSON.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public int Order => 110;

    public string Summary => "progress with each failing test (--json: machine-readable)";

    public string Help => """
        kata report [--json] [--run]

        Progress kata by kata, derived from the tests like ./kata progress, with the failing tests of each.
        With --json: one JSON object on stdout, {"solved", "total", "katas": [{"id", "title", "grade",
        "gradeName", "status" (solved | failing | not-started | no-results), "passed", "tests",
        "failing": [{"name", "message"}]}]}. When there are no test results yet, the tests run first.

          --json     print JSON instead of text
          --run      run the tests again first
        """;

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = Args.Parse(args, ["--json", "--run"]);
        if (parsed.Error is not null || parsed.Positional.Count > 0)
        {
            return CommandLine.UsageError(context, this, parsed.Error ?? $"unexpected '{parsed.Positional[0]}'.");
        }

        var progress = ProgressSource.Load(context, parsed.Has("--run"));
        if (parsed.Has("--json"))
        {
            context.Out.Write(ProgressJson.Document(json => ProgressJson.WriteSummary(json, context.Catalog, progress)));
            return 0;
        }

        context.Console.WriteLine($"{progress.Count(p => p.Status == KataStatus.Solved)} of {progress.Count} katas solved");
        var table = new Table().NoBorder().HideHeaders()
            .AddColumn(new TableColumn("kata").NoWrap().PadLeft(0))
            .AddColumn(new TableColumn("status").NoWrap())
            .AddColumn(new TableColumn("tests").NoWrap().PadRight(0));
        foreach (var kata in progress)
        {
            var style = Styles.Of(kata.Status);
            table.AddRow(new Text(kata.Kata.Id), new Text(ProgressJson.StatusName(kata.Status), style), new Text($"{kata.Passed}/{kata.Total} tests pass"));
        }

        context.Console.Write(table);
        foreach (var kata in progress.Where(kata => kata.Failures.Count > 0))
        {
            context.Console.WriteLine();
            context.Console.WriteLine($"{kata.Kata.Id}: failing tests");
            foreach (var failure in kata.Failures)
            {
                context.Console.WriteLine($"  ✘ {failure.Name}: {ProgressJson.FirstLine(failure.Message)}", Styles.Bad);
            }
        }

        return 0;
    }
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata report`: progress with every failing test, as text or machine-readable JSON.</summary>
internal sealed class ReportCommand : KataCommand<ReportCommand.Settings>, IKataCommand
{
    public static string Name => "report";

    public static Audience Audience => Audience.Instructors;

    public static string Summary => "progress with each failing test (--json: machine-readable)";

    public static string Description => """
        Progress kata by kata, derived from the tests like ./kata progress, with the failing tests of each.
        With --json: one JSON object on stdout, {"solved", "total", "katas": [{"id", "title", "grade",
        "gradeName", "status" (solved | failing | not-started | no-results), "passed", "tests",
        "failing": [{"name", "message"}]}]}. When there are no test results yet, the tests run first.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["report"],
        ["report", "--json"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var progress = ProgressSource.Load(context, settings.Run);
        if (settings.Json)
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

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--json")]
        [Description("print JSON instead of text")]
        public bool Json { get; set; }

        [CommandOption("--run")]
        [Description("run the tests again first")]
        public bool Run { get; set; }
    }
}

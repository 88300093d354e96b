using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata class SOURCES…`: tests each learner's branch or clone and prints a learner × kata matrix.</summary>
internal sealed class ClassCommand : KataCommand<ClassCommand.Settings>, IKataCommand
{
    public static string Name => "class";

    public static Audience Audience => Audience.Instructors;

    public static string Summary => "SOURCES…: test each learner's branch or clone; a learner × kata matrix";

    public static string Description => """
        Tests every learner's work and prints a matrix, learner × kata (✔ solved, ✘ failing,
        · not started, ! no results: it does not compile). A SOURCE is
          - a git branch, or a pattern of branches:  ./kata class 'learners/*'  (quote the *)
            each is checked out in a temporary git worktree, with YOUR tests/ (so a learner's
            edits to tests or approved transcripts do not count), tested there, and the worktree removed;
          - a folder holding a clone of the kit:     ./kata class ../clones/ann ../clones/bob
            tested in place (its artifacts/, bin/ and obj/ change).
        Your own checkout (working tree, index, branch) is never touched. Output of each run goes to
        artifacts/class/NAME.log.
        With --json: {"katas": [ids], "learners": [{"source", "commit", "solved", "total",
        "katas": [as in ./kata report --json], "error"}]}.

        SECURITY: learners' code is untrusted. Building and testing it runs it, with your permissions:
        a learner's kata, test or build file can do anything you can. Run `kata class` in a container,
        a virtual machine or a throwaway account unless you trust everyone in the class.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["class", "'learners/*'"],
        ["class", "../clones/ann", "../clones/bob"],
        ["class", "'learners/*'", "--json"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var (learners, problems) = ClassRoster.Resolve(context.RepoRoot, settings.Sources);
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"kata class: {problem}");
        }

        if (learners.Count == 0)
        {
            return 2;
        }

        context.Error.WriteLine("Learners' code is untrusted: testing it runs it with your permissions (see ./kata class --help).");
        var rows = ClassRun.TestAll(context, learners, context.Error);
        if (settings.Json)
        {
            context.Out.Write(Json(context.Catalog, rows));
        }
        else
        {
            WriteMatrix(context.Console, context.Catalog, rows);
        }

        return problems.Count == 0 && rows.All(row => row.Error is null) ? 0 : 1;
    }

    /// <summary>The learner × kata matrix: a row per learner, a column per kata, the count solved, then the count per kata.</summary>
    public static void WriteMatrix(IAnsiConsole console, Catalog catalog, IReadOnlyList<LearnerResult> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rows);
        console.WriteLine();
        console.WriteLine($"Class: {rows.Count} learner(s) × {catalog.Katas.Count} katas   (✔ solved  ✘ failing  · not started  ! no results)");
        console.WriteLine();
        var table = new Table().NoBorder().AddColumn(new TableColumn("learner").NoWrap().PadLeft(0).PadRight(2));
        foreach (var kata in catalog.Katas)
        {
            table.AddColumn(new TableColumn(kata.Code).NoWrap().PadLeft(0).PadRight(2));
        }

        table.AddColumn(new TableColumn("solved").NoWrap().PadLeft(0).PadRight(0));
        foreach (var row in rows)
        {
            if (row.Error is not null)
            {
                table.AddRow([new Text(row.Learner.Name), new Text("error: " + row.Error, Styles.Bad), .. catalog.Katas.Select(_ => Text.Empty)]);
                continue;
            }

            table.AddRow([
                new Text(row.Learner.Name),
                .. row.Progress.Select(p => new Text(Styles.Mark(p.Status), Styles.Of(p.Status))),
                new Text($"{row.Progress.Count(p => p.Status == KataStatus.Solved)}/{row.Progress.Count}")]);
        }

        console.Write(table);
        var measured = rows.Where(row => row.Error is null).ToList();
        console.WriteLine();
        console.WriteLine("Solved per kata: " + string.Join(" · ", catalog.Katas.Select((kata, i) =>
            $"{kata.Code} {measured.Count(row => row.Progress[i].Status == KataStatus.Solved)}/{measured.Count}")));
    }

    public static string Json(Catalog catalog, IReadOnlyList<LearnerResult> rows) => ProgressJson.Document(json =>
    {
        ArgumentNullException.ThrowIfNull(catalog);
        json.WriteStartArray("katas");
        foreach (var kata in catalog.Katas)
        {
            json.WriteStringValue(kata.Id);
        }

        json.WriteEndArray();
        json.WriteStartArray("learners");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("source", row.Learner.Name);
            json.WriteString("commit", row.Commit);
            ProgressJson.WriteSummary(json, catalog, row.Progress);
            json.WriteString("error", row.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SOURCE>")]
        [Description("a learner's git branch, a pattern of branches ('learners/*'), or a folder holding a clone of the kit")]
        public string[] Sources { get; set; } = [];

        [CommandOption("--json")]
        [Description("print JSON instead of the matrix (its shape is above)")]
        public bool Json { get; set; }
    }
}

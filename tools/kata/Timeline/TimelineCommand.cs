using System.ComponentModel;
using ContinuationKatas.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata timeline NN`: a picture of a run: lanes for main and c(), the timers, where each suspends and resumes.</summary>
internal sealed class TimelineCommand : OneKataCommand<TimelineCommand, TimelineCommand.Settings>, IKataCommand
{
    public static string Name => "timeline";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "NN: a picture of a run: main, c(), the timers, where each suspends and resumes (SVG)";

    public static string Description => """
        Runs kata NN's program on virtual time and draws the run, like the diagrams of async/await posts:
        one lane for main, one for c() (and one per function that names itself in its lines, "dog: …"),
        one row per timer, virtual time along the axis. Blocks are the callbacks the loop runs; a dashed
        line is c() between its callbacks, in the rung's words (with callbacks and promises it has
        returned and a callback continues its work; from grade 5 on it is suspended at an await); an
        arrow shows which timer continues it. It prints a plain-text version and writes a standalone
        SVG, at most 1200 pixels wide (open it in a browser).
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["timeline", "02"],
        ["timeline", "02", "--solution"],
        ["timeline", "06", "--main", "MainComposed"],
    ];

    protected override int Run(CommandContext context, Settings settings, KataInfo kata)
    {
        var solution = settings.Solution;
        var program = KataProgram.Load(context, kata, solution, settings.Main, out var problem);
        if (program is null)
        {
            context.Error.WriteLine($"kata timeline: {problem}");
            return 1;
        }

        var outcome = ProgramRunner.Run(program.Main(), new LoopOptions { RecordCallbacks = true }, context.Stop, ProgramRunner.Watchdog);
        if (outcome.NotSolved is not null || outcome.Logged is null)
        {
            context.Console.WriteLine(outcome.Explain(kata), Styles.Attention);
            context.Console.WriteLine($"The timeline draws a run of the program; to see the reference's: ./kata timeline {kata.Code} --solution");
            return 1;
        }

        var timeline = Timeline.From($"kata {kata.Code} {kata.Title} · {program.Folder} · {program.Name}", outcome.Logged)
            with { Words = TimelineWords.ForGrade(context.Catalog.GradeName(kata.Grade)) };
        TimelineText.Write(context.Console, timeline);
        var file = Path.GetFullPath(settings.Out ?? Path.Combine("artifacts", $"timeline-{kata.Code}{(solution ? "-solution" : string.Empty)}.svg"), context.RepoRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, TimelineSvg.Render(timeline));
        context.Console.WriteLine($"Picture: {CommandLine.Relative(context, file)} (open it in a browser)");
        if (outcome.Error is not null)
        {
            context.Console.WriteLine($"The run failed: {outcome.Explain(kata)}", Styles.Bad);
            return 1;
        }

        return 0;
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : KataSettings
    {
        [CommandOption("--solution")]
        [Description("draw the reference solution (solutions/NN-*) instead of yours")]
        public bool Solution { get; set; }

        [CommandOption("--out <FILE>")]
        [Description("where to write the SVG (default: artifacts/timeline-NN.svg, which git ignores)")]
        public string? Out { get; set; }

        [CommandOption("--main <NAME>")]
        [Description("draw another program of the kata, e.g. --main MainComposed")]
        public string? Main { get; set; }
    }
}

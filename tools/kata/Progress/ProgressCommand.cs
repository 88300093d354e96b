using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata progress` (also `kata` and `kata list`): where the learner stands, derived from the tests.</summary>
internal sealed class ProgressCommand : KataCommand<ProgressCommand.Settings>, IKataCommand
{
    public static string Name => "progress";

    public static Audience Audience => Audience.Learners;

    public static IReadOnlyList<string> Aliases => ["list"];

    public static string Summary => "where you stand, kata by kata, and what to do next (alias: list; the default)";

    public static string Description => """
        Shows each kata as solved, failing or not started, grade by grade, with a bar per grade and the
        next step (the README to open). Progress comes from the tests, not from a file you keep: it reads
        the results of your last `dotnet test` (artifacts/results/katas) and, when there are none yet,
        runs the tests first (quietly; a minute or two the first time).
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["progress"],
        ["progress", "--run"],
        ["progress", "--set", "solutions"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var set = settings.Set;
        if (settings.Kata is { } code)
        {
            // The end of `dotnet test tests/NN-slug` (tests/KataNextStep.targets): this kata's verdict and the next step.
            var kata = CommandLine.FindKata(context, Name, code);
            if (kata is null)
            {
                return 2;
            }

            KataSummaryView.Write(context.Console, Progress.Read(context.RepoRoot, context.Catalog, set), kata);
            return 0;
        }

        IReadOnlyList<KataProgress> progress;
        if (settings.AfterTest || set != "katas")
        {
            // Straight after `dotnet test` (Directory.Solution.targets): the results are fresh; never test again.
            progress = Progress.Read(context.RepoRoot, context.Catalog, set);
            context.Console.WriteLine();
            context.Console.WriteLine(set == "katas" ? "──── Your progress ────" : $"──── Progress of {set}/ ────");
        }
        else
        {
            progress = ProgressSource.Load(context, settings.Run);
        }

        ProgressView.Write(context.Console, context.Catalog, progress);
        ShowCompilerErrors(context, progress);
        return 0;
    }

    /// <summary>When the next kata has no results because it does not compile, the first errors say why.</summary>
    private static void ShowCompilerErrors(CommandContext context, IReadOnlyList<KataProgress> progress)
    {
        var next = progress.FirstOrDefault(p => p.Status != KataStatus.Solved);
        if (next is not { Status: KataStatus.NoResults })
        {
            return;
        }

        var log = Path.Combine(context.RepoRoot, "artifacts", "progress", $"build-{next.Kata.Id}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var build = context.Builder.Build(Path.Combine(context.RepoRoot, "katas", next.Kata.Id), log);
        foreach (var error in build.Errors.Take(3))
        {
            context.Console.WriteLine("  " + error.Replace(context.RepoRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--run")]
        [Description("run the tests again first, even if there are results")]
        public bool Run { get; set; }

        [CommandOption("--set <NAME>")]
        [Description("show the results of `dotnet test -p:KataSet=NAME` (e.g. solutions)")]
        [DefaultValue("katas")]
        public string Set { get; set; } = "katas";

        [CommandOption("--kata <NN>")]
        [Description("only kata NN's verdict and the next step, from the last results (what `dotnet test tests/NN-slug` ends with)")]
        public string? Kata { get; set; }

        [CommandOption("--after-test", IsHidden = true)]
        [Description("straight after `dotnet test`: read its results, never test again")]
        public bool AfterTest { get; set; }
    }
}

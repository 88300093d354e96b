using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata compare NN`: the learner's kata beside the reference solution, once the kata passes (or with --peek).</summary>
internal sealed class CompareCommand : OneKataCommand<CompareCommand, CompareCommand.Settings>, IKataCommand
{
    public static string Name => "compare";

    public static Audience Audience => Audience.Learners;

    /// <summary>The kit's one diff convention, as the approval tests print it: what is expected first (-), yours second (+).</summary>
    public const string DiffConvention = "- the reference's lines, + yours (as in the tests' diffs: - approved, + received).";

    public static string Summary => "NN: your kata beside the reference solution, as a diff (once it passes; --peek)";

    public static string Description => """
        Shows the reference solution (solutions/NN-*) beside your kata (katas/NN-*) as a colored unified
        diff: - lines are the reference's, + lines yours, the way the tests show a transcript
        (- approved, + received). The reference comments explain each step.
        It opens once your kata passes its tests (from your last test run; if there is none, the kata's
        tests run first).
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["compare", "02"],
        ["compare", "02", "--peek"],
    ];

    protected override int Run(CommandContext context, Settings settings, KataInfo kata)
    {
        var progress = ProgressSource.Of(context, kata);
        if (progress.Status is KataStatus.NoResults or KataStatus.Changed && !settings.Peek)
        {
            context.Error.WriteLine(progress.Status == KataStatus.Changed
                ? $"Kata {kata.Code} changed since its tests last ran: running them …"
                : $"No test results for kata {kata.Code} yet: running its tests …");
            var run = context.Tests.RunKata(context.RepoRoot, kata, Path.Combine(context.RepoRoot, "artifacts", "compare", kata.Id + ".log"));
            progress = KataProgress.From(kata, run.Results);
        }

        if (progress.Status != KataStatus.Solved && !MayPeek(context, kata, progress, settings))
        {
            return 1;
        }

        Show(context, kata);
        return 0;
    }

    private static bool MayPeek(CommandContext context, KataInfo kata, KataProgress progress, Settings settings)
    {
        var where = progress.Status switch
        {
            KataStatus.NotStarted => "not started yet",
            KataStatus.NoResults => "without test results (does it compile?)",
            KataStatus.Changed => "changed since its tests last ran",
            _ => $"not solved yet ({progress.Passed} of {progress.Total} tests pass)",
        };
        if (!settings.Peek)
        {
            context.Console.WriteLine($"Kata {kata.Code} is {where}. The comparison opens once it passes: seeing the reference first spoils the kata.");
            context.Console.WriteLine($"Stuck? ./kata hint {kata.Code}. To look anyway: ./kata compare {kata.Code} --peek");
            return false;
        }

        if (settings.Yes || CommandLine.Confirm(context, $"Kata {kata.Code} is {where}. The reference solution gives the answer away. Show it anyway?"))
        {
            return true;
        }

        context.Console.WriteLine("Not shown. Good luck!");
        return false;
    }

    private static void Show(CommandContext context, KataInfo kata)
    {
        var yours = Path.Combine(context.RepoRoot, "katas", kata.Id);
        var reference = Path.Combine(context.RepoRoot, "solutions", kata.Id);
        context.Console.WriteLine($"Kata {kata.Code} · {kata.Title}: the reference (solutions/{kata.Id}) beside yours (katas/{kata.Id})", Styles.Strong);
        context.Console.WriteLine(DiffConvention);
        context.Console.WriteLine();
        var identical = new List<string>();
        foreach (var file in KataFiles.Sources(yours).Union(KataFiles.Sources(reference)).Order(StringComparer.Ordinal))
        {
            var mine = Read(Path.Combine(yours, file));
            var theirs = Read(Path.Combine(reference, file));
            var diff = SourceDiff.Unified($"solutions/{kata.Id}/{file}", $"katas/{kata.Id}/{file}", theirs ?? string.Empty, mine ?? string.Empty);
            if (diff.Count == 0)
            {
                identical.Add(file);
                continue;
            }

            foreach (var line in diff)
            {
                context.Console.WriteLine(line, Styles.Diff(line));
            }

            context.Console.WriteLine();
        }

        if (identical.Count > 0)
        {
            context.Console.WriteLine($"The same in both: {string.Join(", ", identical)}", Styles.Quiet);
        }
    }

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : KataSettings
    {
        [CommandOption("--peek")]
        [Description("show it before the kata passes, after you confirm (it gives the answer away)")]
        public bool Peek { get; set; }

        [CommandOption("--yes")]
        [Description("with --peek: do not ask")]
        public bool Yes { get; set; }
    }
}

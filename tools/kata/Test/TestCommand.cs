using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>
/// `kata test`: what a learner's `dotnet test` at the root runs (Directory.Solution.targets). Tests the katas
/// whose inputs changed in one quiet build, reuses the results of the others, and prints a screenful: the kata
/// the learner is on in full, then the progress summary. Exit code 0 when every kata passes, 1 otherwise.
/// </summary>
internal sealed class TestCommand : KataCommand<TestCommand.Settings>, IKataCommand
{
    public static string Name => "test";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "test every kata in one quiet run; what `dotnet test` at the root does";

    public static string Description => """
        Builds and tests the katas, quietly, and shows one screen: the failures of the kata you are on, in
        full, then your progress. A kata none of whose files changed since its last run keeps its results
        (the tests run on virtual time, so the same files give the same results); --fresh runs them all.
        The whole output is in artifacts/test/{set}.log; one kata's tests in full: dotnet test tests/NN-slug.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["test"],
        ["test", "--fresh"],
        ["test", "--set", "solutions", "--kit"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var set = settings.Set;
        var catalog = context.Catalog;
        var reuse = new ReusedResults(context.RepoRoot, set);

        // Approving transcripts writes files, and the kit's tests test everything: never stand in for either with old results.
        var fresh = settings.Fresh || settings.Kit || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KATA_ACCEPT"));
        var fingerprints = catalog.Katas.ToDictionary(kata => kata.Id, reuse.Fingerprint);
        var toRun = catalog.Katas.Where(kata => fresh || !reuse.Holds(kata, fingerprints[kata.Id])).ToList();
        var reused = catalog.Katas.Count - toRun.Count;

        context.Console.WriteLine(Announce(set, toRun, reused, settings.Kit), Styles.Quiet);
        var log = Path.Combine(context.RepoRoot, "artifacts", "test", set + ".log");
        var passed = true;
        if (toRun.Count > 0 || settings.Kit)
        {
            toRun.ForEach(reuse.Forget);
            passed = context.Tests.RunQuietly(context.RepoRoot, set, [.. toRun.Select(kata => kata.Id)], settings.Kit, settings.Configuration, log);
            toRun.ForEach(kata => reuse.Remember(kata, fingerprints[kata.Id]));
        }

        var progress = Progress.Read(context.RepoRoot, catalog, set);
        if (progress.FirstOrDefault(p => p.Status != KataStatus.Solved) is { } current)
        {
            FailureView.Write(context.Console, current, context.RepoRoot, log);
        }

        if (settings.Kit)
        {
            passed &= KitTestsView.Write(context.Console, context.RepoRoot, set, log);
        }

        context.Console.WriteLine();
        context.Console.WriteLine(set == "katas" ? "──── Your progress ────" : $"──── Progress of {set}/ ────");
        ProgressView.Write(context.Console, catalog, progress);
        return passed && progress.All(p => p.Status == KataStatus.Solved) ? 0 : 1;
    }

    private static string Announce(string set, List<KataInfo> toRun, int reused, bool kit)
    {
        const string rerun = "--fresh, or dotnet test -p:KataFresh=true, reruns them";
        if (toRun.Count == 0 && !kit)
        {
            return $"No kata changed since the last run: the results of all {reused} are shown again ({rerun}).";
        }

        var what = toRun.Count == 1 ? $"kata {toRun[0].Code}" : $"{toRun.Count} katas";
        var kitPart = kit ? " and the kit's own tests" : string.Empty;
        var reusedPart = reused == 0 ? string.Empty : $"; {reused} unchanged kata{(reused == 1 ? " keeps its" : "s keep their")} results ({rerun})";
        return $"Testing {what} against {set}/{kitPart}{reusedPart}.";
    }

    /// <summary>The command's options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--set <NAME>")]
        [Description("test against katas/ (your work, the default) or solutions/")]
        [DefaultValue("katas")]
        public string Set { get; set; } = "katas";

        [CommandOption("--kit")]
        [Description("also run the kit's own tests (runtime, approvals, tools, …), as `dotnet test -p:KitTests=true` does")]
        public bool Kit { get; set; }

        [CommandOption("--fresh")]
        [Description("run every kata's tests, even those whose files did not change")]
        public bool Fresh { get; set; }

        [CommandOption("--configuration <NAME>", IsHidden = true)]
        [Description("the build configuration (Debug, as dotnet test builds)")]
        [DefaultValue("Debug")]
        public string Configuration { get; set; } = "Debug";

        public override ValidationResult Validate() =>
            Set is "katas" or "solutions" ? ValidationResult.Success() : ValidationResult.Error($"--set is katas or solutions, not '{Set}'");
    }
}

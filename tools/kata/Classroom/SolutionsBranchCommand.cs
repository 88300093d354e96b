using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata solutions-branch`: a local branch whose katas/ holds the reference solutions, made from HEAD.</summary>
internal sealed class SolutionsBranchCommand : KataCommand<SolutionsBranchCommand.Settings>, IKataCommand
{
    public static string Name => "solutions-branch";

    public static Audience Audience => Audience.Instructors;

    public static string Summary => "make (or refresh) a branch `solutions` whose katas/ are solved";

    public static string Description => """
        Creates, or refreshes, a local git branch (default: solutions) that is your current commit with
        katas/NN-* replaced by the reference solutions in solutions/NN-*. Learners can then compare:
            git diff solutions -- katas/02-callbacks
        It is generated from HEAD every time, so it never drifts; publish it with
            git push --force origin solutions
        Only committed work counts. Your working tree, index and current branch are not touched.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["solutions-branch"],
        ["solutions-branch", "--name", "reference"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var branch = settings.Branch;
        if (Git.Run(context.RepoRoot, "check-ref-format", "--branch", branch) is null)
        {
            return CommandLine.UsageError(context, Name, $"'{branch}' is not a valid branch name.");
        }

        SolutionsBranch.Outcome outcome;
        try
        {
            outcome = SolutionsBranch.Create(context.RepoRoot, context.Catalog, branch);
        }
        catch (GitException error)
        {
            context.Error.WriteLine($"kata solutions-branch: {error.Message}");
            return 1;
        }

        var verb = outcome.Previous is null ? "created" : outcome.Unchanged ? "already up to date" : "refreshed";
        context.Console.WriteLine($"Branch '{branch}' {verb} at {outcome.Commit[..7]} (HEAD {outcome.Head[..7]} with katas/ solved: {outcome.Solved.Count} of {context.Catalog.Katas.Count} katas).");
        foreach (var skipped in outcome.Skipped)
        {
            context.Console.WriteLine($"  solutions/{skipped} is not committed: katas/{skipped} keeps its stub.");
        }

        if (Git.Run(context.RepoRoot, "status", "--porcelain", "--", "solutions") is { Length: > 0 })
        {
            context.Console.WriteLine("  Note: solutions/ has uncommitted changes; the branch holds the committed ones only.");
        }

        var example = context.Catalog.Katas.FirstOrDefault()?.Id ?? "NN-slug";
        context.Console.WriteLine($"Compare:  git diff {branch} -- katas/{example}");
        context.Console.WriteLine($"Publish:  git push --force origin {branch}");
        return 0;
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--name <BRANCH>")]
        [Description("the branch to make or refresh")]
        [DefaultValue("solutions")]
        public string Branch { get; set; } = "solutions";
    }
}

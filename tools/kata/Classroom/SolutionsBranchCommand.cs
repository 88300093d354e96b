using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>`kata solutions-branch`: a local branch whose katas/ holds the reference solutions, made from HEAD.</summary>
internal sealed class SolutionsBranchCommand : ICommand
{
    public string Name => "solutions-branch";

    public int Order => 130;

    public string Summary => "make (or refresh) a branch `solutions` whose katas/ are solved";

    public string Help => """
        kata solutions-branch [--name BRANCH]

        Creates, or refreshes, a local git branch (default: solutions) that is your current commit with
        katas/NN-* replaced by the reference solutions in solutions/NN-*. Learners can then compare:
            git diff solutions -- katas/02-callbacks
        It is generated from HEAD every time, so it never drifts; publish it with
            git push --force origin solutions
        Only committed work counts. Your working tree, index and current branch are not touched.
        """;

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = Args.Parse(args, [], ["--name"]);
        if (parsed.Error is not null || parsed.Positional.Count > 0)
        {
            return CommandLine.UsageError(context, this, parsed.Error ?? $"unexpected '{parsed.Positional[0]}'.");
        }

        var branch = parsed.Option("--name") ?? "solutions";
        if (Git.Run(context.RepoRoot, "check-ref-format", "--branch", branch) is null)
        {
            return CommandLine.UsageError(context, this, $"'{branch}' is not a valid branch name.");
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
}

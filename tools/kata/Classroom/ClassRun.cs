using System.Diagnostics;

namespace ContinuationKatas.Tool;

/// <summary>One learner's row of the class matrix: their progress, or why it could not be measured.</summary>
internal sealed record LearnerResult(LearnerSource Learner, string? Commit, IReadOnlyList<KataProgress> Progress, string? Error);

/// <summary>
/// Tests each learner's work where it lives: a branch in a temporary git worktree (removed afterwards),
/// a folder in place. The instructor's own working tree and index are never touched.
/// </summary>
internal static class ClassRun
{
    public static LearnerResult Test(CommandContext context, LearnerSource learner)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(learner);
        var log = Path.Combine(context.RepoRoot, "artifacts", "class", Safe(learner.Name) + ".log");
        if (learner.Folder is not null)
        {
            var results = context.Tests.RunAll(learner.Folder, "katas", log);
            return new LearnerResult(learner, Git.Run(learner.Folder, "rev-parse", "--short", "HEAD"), Progress(context.Catalog, results), null);
        }

        var commit = Git.Run(context.RepoRoot, "rev-parse", "--short", learner.Branch + "^{commit}");
        var worktree = Path.Combine(Path.GetTempPath(), "kata-class", $"{Safe(learner.Name)}-{Guid.NewGuid().ToString("N")[..8]}");
        var added = Git.Exec(context.RepoRoot, null, "worktree", "add", "--detach", "--force", worktree, learner.Branch + "^{commit}");
        if (!added.Succeeded)
        {
            return new LearnerResult(learner, commit, [], $"could not check out {learner.Branch}: {added.Error.Trim()}");
        }

        try
        {
            var root = FindKit(context, worktree);
            if (root is null)
            {
                return new LearnerResult(learner, commit, [], $"{learner.Branch} has no katas.json where this checkout has it.");
            }

            // Your tests judge every learner: edits a learner made to tests/ (approved transcripts included) do not count.
            var prefix = Git.Run(context.RepoRoot, "rev-parse", "--show-prefix") ?? string.Empty;
            var head = Git.Run(context.RepoRoot, "rev-parse", "HEAD") ?? "HEAD";
            var yours = Git.Exec(worktree, null, "checkout", head, "--", prefix + "tests");
            if (!yours.Succeeded)
            {
                return new LearnerResult(learner, commit, [], $"could not put your tests/ in place over {learner.Branch}'s: {yours.Error.Trim()}");
            }

            var results = context.Tests.RunAll(root, "katas", log);
            return new LearnerResult(learner, commit, Progress(context.Catalog, results), null);
        }
        finally
        {
            Remove(context.RepoRoot, worktree);
        }
    }

    /// <summary>Runs every learner in turn, saying how each went on <paramref name="status"/>.</summary>
    public static IReadOnlyList<LearnerResult> TestAll(CommandContext context, IReadOnlyList<LearnerSource> learners, TextWriter status)
    {
        ArgumentNullException.ThrowIfNull(learners);
        ArgumentNullException.ThrowIfNull(status);
        var rows = new List<LearnerResult>();
        for (var i = 0; i < learners.Count; i++)
        {
            var where = learners[i].Folder is null ? "in a temporary worktree" : "in its folder";
            status.WriteLine($"[{i + 1}/{learners.Count}] {learners[i].Name}: testing {where} …");
            var timer = Stopwatch.StartNew();
            var row = Test(context, learners[i]);
            status.WriteLine(row.Error is null
                ? $"      {row.Progress.Count(p => p.Status == KataStatus.Solved)} of {row.Progress.Count} katas solved ({timer.Elapsed.TotalSeconds:0} s)"
                : $"      {row.Error}");
            rows.Add(row);
        }

        return rows;
    }

    private static IReadOnlyList<KataProgress> Progress(Catalog catalog, IReadOnlyDictionary<string, IReadOnlyList<TestResult>> results) =>
        [.. catalog.Katas.Select(kata => KataProgress.From(kata, results.GetValueOrDefault(kata.Id)))];

    /// <summary>The kit's root inside the worktree: the same place, relative to the git top level, as in this checkout.</summary>
    private static string? FindKit(CommandContext context, string worktree)
    {
        var prefix = Git.Run(context.RepoRoot, "rev-parse", "--show-prefix") ?? string.Empty;
        var root = Path.Combine(worktree, prefix);
        return File.Exists(Path.Combine(root, "katas.json")) ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) : null;
    }

    private static void Remove(string repoRoot, string worktree)
    {
        if (!Git.Exec(repoRoot, null, "worktree", "remove", "--force", worktree).Succeeded && Directory.Exists(worktree))
        {
            Directory.Delete(worktree, recursive: true);
        }

        Git.Exec(repoRoot, null, "worktree", "prune");
    }

    private static string Safe(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}

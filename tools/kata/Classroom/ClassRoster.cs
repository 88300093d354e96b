namespace ContinuationKatas.Tool;

/// <summary>One learner's work: a git branch (tested in a temporary worktree) or a clone folder.</summary>
internal sealed record LearnerSource(string Name, string? Branch, string? Folder);

/// <summary>Turns `kata class` arguments into learners: folders holding katas.json, git branches, or branch patterns like learners/*.</summary>
internal static class ClassRoster
{
    public static (IReadOnlyList<LearnerSource> Learners, IReadOnlyList<string> Problems) Resolve(string repoRoot, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var learners = new List<LearnerSource>();
        var problems = new List<string>();
        foreach (var source in sources)
        {
            var folder = Path.GetFullPath(source, repoRoot);
            if (Directory.Exists(folder) && File.Exists(Path.Combine(folder, "katas.json")))
            {
                learners.Add(new LearnerSource(source.TrimEnd('/', '\\'), null, folder));
                continue;
            }

            var branches = Branches(repoRoot, source);
            if (branches.Count == 0)
            {
                problems.Add($"'{source}' is neither a folder with katas.json nor a git branch.");
            }

            learners.AddRange(branches.Select(branch => new LearnerSource(branch, branch, null)));
        }

        return ([.. learners.DistinctBy(learner => learner.Name)], problems);
    }

    private static List<string> Branches(string repoRoot, string source)
    {
        if (source.IndexOfAny(['*', '?', '[']) < 0)
        {
            return Git.Run(repoRoot, "rev-parse", "--verify", "-q", source + "^{commit}") is null ? [] : [source];
        }

        var refs = Git.Run(repoRoot, "for-each-ref", "--format=%(refname:short)", $"refs/heads/{source}", $"refs/remotes/{source}") ?? string.Empty;
        return [.. refs.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];
    }
}

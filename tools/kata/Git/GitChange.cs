namespace ContinuationKatas.Tool;

/// <summary>One changed path as `git status --porcelain -z` reports it, relative to the repository's top level.</summary>
internal sealed record GitChange(string Code, string Path)
{
    /// <summary>Not in HEAD: untracked, or staged as new.</summary>
    public bool IsNew => Code is "??" || Code.StartsWith('A');

    public bool IsDeleted => Code.Contains('D', StringComparison.Ordinal);

    /// <summary>Parses `git status --porcelain -z` output (renames carry their old path as an extra entry).</summary>
    public static IReadOnlyList<GitChange> Parse(string porcelainZ)
    {
        ArgumentNullException.ThrowIfNull(porcelainZ);
        var entries = porcelainZ.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var changes = new List<GitChange>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Length < 4)
            {
                continue;
            }

            var code = entry[..2];
            changes.Add(new GitChange(code, entry[3..]));
            if (code.Contains('R', StringComparison.Ordinal) || code.Contains('C', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return changes;
    }

    /// <summary>The changes under <paramref name="path"/> (relative to <paramref name="repoRoot"/>), with paths relative to the git top level.</summary>
    public static IReadOnlyList<GitChange> Of(string repoRoot, string path) =>
        Parse(Git.Require(repoRoot, null, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", path));
}

namespace ContinuationKatas.Tool;

/// <summary>
/// Puts a kata's committed stub back (git is the pristine copy), keeping every changed or added file as a
/// backup beside it (*.backup, *.backup.2, …, which .gitignore ignores).
/// </summary>
internal static class StubReset
{
    /// <summary>What reset would touch: the kata's changed files, relative to the git top level.</summary>
    public static IReadOnlyList<GitChange> Changes(string repoRoot, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return GitChange.Of(repoRoot, $"katas/{kata.Id}");
    }

    /// <summary>Backs up and restores; returns the backups made, relative to the git top level.</summary>
    public static IReadOnlyList<string> Reset(string repoRoot, KataInfo kata, IReadOnlyList<GitChange> changes)
    {
        ArgumentNullException.ThrowIfNull(kata);
        ArgumentNullException.ThrowIfNull(changes);
        var top = Git.Require(repoRoot, null, "rev-parse", "--show-toplevel");
        var backups = new List<string>();
        foreach (var change in changes.Where(change => File.Exists(Path.Combine(top, change.Path))))
        {
            var file = Path.Combine(top, change.Path);
            var backup = BackupName(file);
            File.Copy(file, backup);
            backups.Add(Path.GetRelativePath(top, backup).Replace('\\', '/'));
            if (change.IsNew)
            {
                Git.Exec(top, null, "rm", "--cached", "-q", "--ignore-unmatch", "--", change.Path);
                File.Delete(file);
            }
        }

        if (changes.Any(change => !change.IsNew))
        {
            Git.Require(repoRoot, null, "checkout", "HEAD", "--", $"katas/{kata.Id}");
        }

        return backups;
    }

    /// <summary>file.backup, or file.backup.2, .3, … when earlier backups exist.</summary>
    public static string BackupName(string file)
    {
        var backup = file + ".backup";
        for (var n = 2; File.Exists(backup); n++)
        {
            backup = $"{file}.backup.{n}";
        }

        return backup;
    }
}

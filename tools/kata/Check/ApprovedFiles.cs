namespace ContinuationKatas.Tool;

/// <summary>Finds approved (verified) files that no test compared during a run.</summary>
internal static class ApprovedFiles
{
    public static IReadOnlyList<string> Orphans(string repoRoot, string usageDirectory)
    {
        var used = Directory.Exists(usageDirectory)
            ? Directory.EnumerateFiles(usageDirectory).SelectMany(File.ReadLines).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal)
            : [];
        return Orphans(repoRoot, used);
    }

    public static IReadOnlyList<string> Orphans(string repoRoot, IReadOnlySet<string> used)
    {
        ArgumentNullException.ThrowIfNull(used);
        var tests = Path.Combine(repoRoot, "tests");
        return [.. Directory.EnumerateFiles(tests, "*.verified.txt", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => !used.Contains(Path.GetFullPath(file)))
            .Select(file => Path.GetRelativePath(repoRoot, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }
}

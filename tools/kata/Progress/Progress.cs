namespace ContinuationKatas.Tool;

/// <summary>Progress of every kata, from the TRX files the last test run left in artifacts/results/{set}.</summary>
internal static class Progress
{
    public static string ResultsDirectory(string repoRoot, string set) => Path.Combine(repoRoot, "artifacts", "results", set);

    /// <summary>
    /// Every kata's status from its results file; a kata with a source file (.cs, .csproj) written after that
    /// file is <see cref="KataStatus.Changed"/>, so a reset, an edit or a checkout never shows as the old status.
    /// </summary>
    public static IReadOnlyList<KataProgress> Read(string repoRoot, Catalog catalog, string set)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var directory = ResultsDirectory(repoRoot, set);
        var results = TrxReader.ReadAll(directory);
        return [.. catalog.Katas.Select(kata => KataProgress.From(
            kata,
            results.GetValueOrDefault(kata.Id),
            ChangedSince(Path.Combine(repoRoot, set, kata.Id), Path.Combine(directory, kata.Id + ".trx"))))];
    }

    /// <summary>Whether a source file of <paramref name="folder"/> was written after <paramref name="results"/>.</summary>
    public static bool ChangedSince(string folder, string results)
    {
        if (!File.Exists(results))
        {
            return false;
        }

        var taken = File.GetLastWriteTimeUtc(results);
        return KataFiles.Sources(folder).Any(file => File.GetLastWriteTimeUtc(Path.Combine(folder, file)) > taken);
    }
}

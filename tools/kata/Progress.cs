namespace ContinuationKatas.Tool;

/// <summary>Progress of every kata, from the TRX files the last test run left in artifacts/results/{set}.</summary>
internal static class Progress
{
    public static string ResultsDirectory(string repoRoot, string set) => Path.Combine(repoRoot, "artifacts", "results", set);

    public static IReadOnlyList<KataProgress> Read(string repoRoot, Catalog catalog, string set)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var results = TrxReader.ReadAll(ResultsDirectory(repoRoot, set));
        return [.. catalog.Katas.Select(kata => KataProgress.From(kata, results.GetValueOrDefault(kata.Id)))];
    }
}

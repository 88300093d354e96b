namespace ContinuationKatas.Tool;

/// <summary>
/// Where progress comes from: the results of the last test run, never a file a learner keeps by hand.
/// When no test has run yet, the tests are run first.
/// </summary>
internal static class ProgressSource
{
    /// <summary>Progress of every kata; runs the tests first when <paramref name="run"/> is set, or when there are no results yet.</summary>
    public static IReadOnlyList<KataProgress> Load(CommandContext context, bool run = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (run || !HasResults(context))
        {
            var log = Path.Combine(context.RepoRoot, "artifacts", "progress", "test.log");
            context.Error.WriteLine(run
                ? "Running the tests (dotnet test; the output goes to artifacts/progress/test.log) …"
                : "No test results yet, so running the tests first (dotnet test; the output goes to artifacts/progress/test.log) …");
            var results = context.Tests.RunAll(context.RepoRoot, "katas", log);
            return [.. context.Catalog.Katas.Select(kata => KataProgress.From(kata, results.GetValueOrDefault(kata.Id)))];
        }

        return Progress.Read(context.RepoRoot, context.Catalog, "katas");
    }

    /// <summary>Whether any kata has results from an earlier test run.</summary>
    public static bool HasResults(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = Progress.ResultsDirectory(context.RepoRoot, "katas");
        return context.Catalog.Katas.Any(kata => File.Exists(Path.Combine(directory, kata.Id + ".trx")));
    }

    /// <summary>The kata to work on: the first not solved in the last results (the first kata when there are none). Never runs tests.</summary>
    public static KataInfo? Current(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var progress = Progress.Read(context.RepoRoot, context.Catalog, "katas");
        return progress.FirstOrDefault(p => p.Status != KataStatus.Solved)?.Kata ?? context.Catalog.Katas.LastOrDefault();
    }

    /// <summary>One kata's progress from the last results.</summary>
    public static KataProgress Of(CommandContext context, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Progress.Read(context.RepoRoot, context.Catalog, "katas").First(p => p.Kata.Id == kata.Id);
    }
}

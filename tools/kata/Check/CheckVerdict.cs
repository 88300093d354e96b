namespace ContinuationKatas.Tool;

/// <summary>
/// The maintainer's proof, as a pure function of test results: every solution passes, every untouched
/// stub fails with "not solved yet", the kit's own tests pass, nothing is orphaned.
/// </summary>
internal sealed record CheckVerdict(IReadOnlyList<string> Held, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;

    public static CheckVerdict Evaluate(
        Catalog catalog,
        IReadOnlyDictionary<string, IReadOnlyList<TestResult>> solutions,
        IReadOnlyDictionary<string, IReadOnlyList<TestResult>> stubs,
        IEnumerable<string> otherProblems)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(solutions);
        ArgumentNullException.ThrowIfNull(stubs);
        var held = new List<string>();
        var problems = new List<string>(otherProblems);
        var kataIds = catalog.Katas.Select(kata => kata.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var kata in catalog.Katas)
        {
            if (!solutions.TryGetValue(kata.Id, out var solved) || solved.Count == 0)
            {
                problems.Add($"solutions/{kata.Id}: no test results (does it compile?).");
            }
            else
            {
                foreach (var test in solved)
                {
                    (test.Passed ? held : problems).Add(test.Passed
                        ? $"solutions/{kata.Id}: {test.Name} passes"
                        : $"solutions/{kata.Id}: {test.Name} fails against the reference solution: {FirstLine(test.Message)}");
                }
            }

            if (!stubs.TryGetValue(kata.Id, out var untouched) || untouched.Count == 0)
            {
                problems.Add($"katas/{kata.Id}: no test results for the untouched stub (does it compile?).");
                continue;
            }

            foreach (var test in untouched)
            {
                if (KataProgress.IsNotSolvedYet(test))
                {
                    held.Add($"katas/{kata.Id}: {test.Name} fails with \"{KataProgress.NotSolvedMarker}\"");
                }
                else if (test.Passed)
                {
                    problems.Add($"katas/{kata.Id}: {test.Name} passes against the untouched stub: the stub is solved, or the test cannot fail.");
                }
                else
                {
                    problems.Add($"katas/{kata.Id}: {test.Name} fails against the stub without \"{KataProgress.NotSolvedMarker}\": {FirstLine(test.Message)}");
                }
            }
        }

        foreach (var (project, results) in solutions.Where(entry => !kataIds.Contains(entry.Key)).OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            foreach (var test in results)
            {
                (test.Passed ? held : problems).Add(test.Passed
                    ? $"tests/{project}: {test.Name} passes"
                    : $"tests/{project}: {test.Name} fails: {FirstLine(test.Message)}");
            }
        }

        return new CheckVerdict(held, problems);
    }

    private static string FirstLine(string? message) =>
        message is null ? "(no message)" : message.Split('\n', 2)[0].Trim();
}

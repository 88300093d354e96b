namespace ContinuationKatas.Tool;

/// <summary>Checks that every kata has its README, hints, stub, solution and tests, and that katas.json matches the folders.</summary>
internal static class LayoutCheck
{
    public static IReadOnlyList<string> Problems(string repoRoot, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        foreach (var kata in catalog.Katas)
        {
            problems.AddRange(ProblemsOf(repoRoot, kata));
        }

        var listed = catalog.Katas.Select(kata => kata.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var tree in new[] { "katas", "solutions", "tests" })
        {
            var dir = Path.Combine(repoRoot, tree);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var folder in Directory.EnumerateDirectories(dir).Select(Path.GetFileName).OfType<string>())
            {
                if (folder.Length > 2 && char.IsAsciiDigit(folder[0]) && char.IsAsciiDigit(folder[1]) && !listed.Contains(folder))
                {
                    problems.Add($"{tree}/{folder} is not listed in katas.json.");
                }
            }
        }

        return problems;
    }

    private static IEnumerable<string> ProblemsOf(string repoRoot, KataInfo kata)
    {
        var stub = Path.Combine(repoRoot, "katas", kata.Id);
        var solution = Path.Combine(repoRoot, "solutions", kata.Id);
        var tests = Path.Combine(repoRoot, "tests", kata.Id);
        foreach (var (dir, what) in new[] { (stub, "katas"), (solution, "solutions"), (tests, "tests") })
        {
            if (!Directory.Exists(dir))
            {
                yield return $"{what}/{kata.Id} is missing.";
                yield break;
            }
        }

        foreach (var doc in new[] { "README.md", "HINTS.md" })
        {
            if (!File.Exists(Path.Combine(stub, doc)))
            {
                yield return $"katas/{kata.Id}/{doc} is missing.";
            }
        }

        var stubSources = Sources(stub);
        if (!stubSources.Any(file => File.ReadAllText(file).Contains("// TODO:", StringComparison.Ordinal)))
        {
            yield return $"katas/{kata.Id} has no `// TODO:` marking where to edit.";
        }

        if (!stubSources.Any(file => File.ReadAllText(file).Contains("NotSolvedYetException", StringComparison.Ordinal)))
        {
            yield return $"katas/{kata.Id} never throws NotSolvedYetException, so its tests cannot say \"not solved yet\".";
        }

        var stubNames = stubSources.Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var solutionNames = Sources(solution).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (!stubNames.SequenceEqual(solutionNames))
        {
            yield return $"katas/{kata.Id} and solutions/{kata.Id} have different files ({string.Join(", ", stubNames)} vs {string.Join(", ", solutionNames)}).";
        }

        if (Sources(tests).Count == 0)
        {
            yield return $"tests/{kata.Id} has no tests.";
        }
    }

    private static List<string> Sources(string dir) =>
        [.. Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];
}

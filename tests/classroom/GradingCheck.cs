namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// What must hold of the graded items in one grading file, as pure functions that return problems: each kata in
/// katas.json is graded exactly once, in ladder order, by `dotnet test tests/&lt;id&gt;` on a real test project,
/// with a time limit and a score; and the workflow and autograding.json agree.
/// </summary>
internal static class GradingCheck
{
    /// <summary>The most minutes the command grader allows (GitHub Classroom's limit).</summary>
    public const int MaxTimeoutMinutes = 60;

    /// <summary>Every kata graded exactly once, nothing graded that katas.json does not list, in katas.json order.</summary>
    public static IReadOnlyList<string> Coverage(string file, IReadOnlyList<KataEntry> katas, IReadOnlyList<GradedItem> items)
    {
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(items);
        var problems = new List<string>();
        foreach (var kata in katas)
        {
            var graded = items.Where(item => item.KataId == kata.Id).ToList();
            if (graded.Count == 0)
            {
                problems.Add($"{file}: katas.json lists {kata.Id}, but nothing grades it. Add {Snippets.For(file, kata)}");
            }
            else if (graded.Count > 1)
            {
                problems.Add($"{file}: {kata.Id} is graded {graded.Count} times ({string.Join(", ", graded.Select(item => $"\"{item.Name}\""))}); keep one.");
            }
        }

        var listed = katas.Select(kata => kata.Id).ToList();
        foreach (var item in items.Where(item => item.KataId is { } id && !listed.Contains(id)))
        {
            problems.Add($"{file}: \"{item.Name}\" grades tests/{item.KataId}, which katas.json does not list.");
        }

        var order = items.Select(item => listed.IndexOf(item.KataId ?? string.Empty)).Where(position => position >= 0).ToList();
        if (!order.SequenceEqual(order.Order()))
        {
            problems.Add($"{file}: the graded items are not in katas.json order ({string.Join(", ", order.Select(position => listed[position]))}); " +
                "learners read the results top to bottom, so keep them in ladder order.");
        }

        return problems;
    }

    /// <summary>Every item runs `dotnet test tests/&lt;id&gt;` on a folder with one project file, and nothing before it.</summary>
    /// <param name="file">The grading file, for messages.</param>
    /// <param name="items">Its graded items.</param>
    /// <param name="projectProblem">Why `dotnet test tests/{id}` would not work, or null (see <see cref="Repo.TestProjectProblem"/>).</param>
    public static IReadOnlyList<string> Commands(string file, IReadOnlyList<GradedItem> items, Func<string, string?> projectProblem)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(projectProblem);
        var problems = new List<string>();
        foreach (var item in items)
        {
            if (item.KataId is not { } id)
            {
                problems.Add($"{file}: \"{item.Name}\" runs `{item.Command}`; a kata is graded by exactly `dotnet test tests/<kata id>`.");
            }
            else if (projectProblem(id) is { } why)
            {
                problems.Add($"{file}: \"{item.Name}\" runs `{item.Command}`, but {why}.");
            }

            if (item.Setup.Length > 0)
            {
                problems.Add($"{file}: \"{item.Name}\" has a setup command (`{item.Setup}`); `dotnet test` restores and builds by itself, " +
                    "and a setup step would count against each kata's time limit.");
            }
        }

        return problems;
    }

    /// <summary>Every item has the kata's number in its name, a time limit Classroom accepts, and a positive score.</summary>
    public static IReadOnlyList<string> Limits(string file, IReadOnlyList<KataEntry> katas, IReadOnlyList<GradedItem> items)
    {
        ArgumentNullException.ThrowIfNull(katas);
        ArgumentNullException.ThrowIfNull(items);
        var problems = new List<string>();
        foreach (var item in items)
        {
            if (katas.FirstOrDefault(kata => kata.Id == item.KataId) is { } kata &&
                !item.Name.StartsWith($"Kata {kata.Code}", StringComparison.Ordinal))
            {
                problems.Add($"{file}: the item that grades {kata.Id} is named \"{item.Name}\"; start its name with \"Kata {kata.Code}\" " +
                    $"(e.g. \"{kata.TestName}\") so learners see which kata it is.");
            }

            if (item.TimeoutMinutes is not (>= 1 and <= MaxTimeoutMinutes))
            {
                problems.Add($"{file}: \"{item.Name}\" needs a timeout of 1 to {MaxTimeoutMinutes} minutes.");
            }

            if (item.Points is not > 0)
            {
                problems.Add($"{file}: \"{item.Name}\" needs a score above 0.");
            }
        }

        return problems;
    }

    /// <summary>For each kata graded in both files: the same name, command, timeout and score.</summary>
    public static IReadOnlyList<string> Agreement(
        string workflowFile, IReadOnlyList<GradedItem> workflow, string autogradingFile, IReadOnlyList<GradedItem> autograding)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(autograding);
        var problems = new List<string>();
        foreach (var step in workflow.Where(item => item.KataId is not null))
        {
            if (autograding.FirstOrDefault(item => item.KataId == step.KataId) is not { } test)
            {
                problems.Add($"{step.KataId} is graded in {workflowFile} but not in {autogradingFile}.");
                continue;
            }

            Compare("name", step.Name, test.Name);
            Compare("setup", step.Setup, test.Setup);
            Compare("timeout", step.TimeoutMinutes, test.TimeoutMinutes);
            Compare("points", step.Points, test.Points);

            void Compare<T>(string what, T inWorkflow, T inAutograding)
            {
                if (!EqualityComparer<T>.Default.Equals(inWorkflow, inAutograding))
                {
                    problems.Add($"{step.KataId}: {workflowFile} and {autogradingFile} disagree on its {what} ({inWorkflow} vs {inAutograding}).");
                }
            }
        }

        foreach (var test in autograding.Where(item => item.KataId is { } id && !workflow.Any(step => step.KataId == id)))
        {
            problems.Add($"{test.KataId} is graded in {autogradingFile} but not in {workflowFile}.");
        }

        return problems;
    }
}

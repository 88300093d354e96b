namespace ContinuationKatas.Classroom.Tests;

/// <summary>One step of a workflow job, as far as these tests need it.</summary>
/// <param name="Line">The 1-based line of the step's first key, for messages.</param>
/// <param name="Keys">The step's own keys (name, id, uses, run, …) with their values.</param>
/// <param name="With">The entries of its <c>with:</c> map.</param>
/// <param name="Env">The entries of its <c>env:</c> map.</param>
internal sealed record WorkflowStep(
    int Line,
    IReadOnlyDictionary<string, string> Keys,
    IReadOnlyDictionary<string, string> With,
    IReadOnlyDictionary<string, string> Env)
{
    public const string CommandGrader = "classroom-resources/autograding-command-grader@";

    public const string Reporter = "classroom-resources/autograding-grading-reporter@";

    public string? Name => Keys.GetValueOrDefault("name");

    public string? Id => Keys.GetValueOrDefault("id");

    public string? Uses => Keys.GetValueOrDefault("uses");

    /// <summary>Whether the step uses <paramref name="action"/> ("owner/repo@"), at any version.</summary>
    public bool IsUse(string action) => Uses?.StartsWith(action, StringComparison.Ordinal) == true;

    public bool IsGraded => IsUse(CommandGrader);

    public bool IsReporter => IsUse(Reporter);

    /// <summary>How the step reads in a message: its name (or id, or uses) and line.</summary>
    public string Describe() => $"step \"{Name ?? Id ?? Uses ?? "(unnamed)"}\" (line {Line})";

    /// <summary>The graded item a command-grader step declares.</summary>
    public GradedItem ToGradedItem() => new(
        With.GetValueOrDefault("test-name", string.Empty),
        With.GetValueOrDefault("command", string.Empty),
        With.GetValueOrDefault("setup-command", string.Empty),
        GradedItem.Number(With.GetValueOrDefault("timeout")),
        GradedItem.Number(With.GetValueOrDefault("max-score")),
        Id);
}

namespace ContinuationKatas.Classroom.Tests;

/// <summary>The text a failure tells a maintainer to paste must itself pass every check.</summary>
public sealed class SnippetsTests
{
    private static readonly KataEntry[] Ladder =
    [
        new("01-loop-warmup", "Loop warm-up"),
        new("04-promise-core", "Promise core"),
    ];

    [Test]
    public void WorkflowStep_PastedForEveryKata_PassesEveryWorkflowCheck()
    {
        var text = "jobs:\n  grade:\n    steps:\n      - uses: actions/checkout@v4\n" +
            "      - uses: actions/setup-dotnet@v4\n        with:\n          global-json-file: global.json\n" +
            string.Concat(Ladder.Select(kata => Snippets.WorkflowStep(kata) + "\n")) +
            "      - uses: classroom-resources/autograding-grading-reporter@v1\n        env:\n" +
            string.Concat(Ladder.Select(kata => Snippets.ReporterEnv(kata) + "\n")) +
            $"        with:\n          runners: {string.Join(',', Ladder.Select(kata => kata.StepId))}\n";
        var workflow = WorkflowFile.Parse(text);
        var items = workflow.GradedSteps.Select(step => step.ToGradedItem()).ToList();

        Assert.That(items.Select(item => item.KataId), Is.EqualTo(Ladder.Select(kata => kata.Id)));
        Assert.That(GradingCheck.Coverage("w", Ladder, items), Is.Empty);
        Assert.That(GradingCheck.Commands("w", items, _ => null), Is.Empty);
        Assert.That(GradingCheck.Limits("w", Ladder, items), Is.Empty);
        Assert.That(ReporterCheck.Problems("w", workflow), Is.Empty);
        Assert.That(SetupCheck.Problems("w", workflow, """{ "sdk": { "version": "10.0.100" } }"""), Is.Empty);
    }

    [Test]
    public void AutogradingTest_PastedForEveryKata_AgreesWithTheWorkflowStep()
    {
        var json = "{ \"tests\": [\n" + string.Join(",\n", Ladder.Select(Snippets.AutogradingTest)) + "\n] }";
        var tests = AutogradingFile.Parse(json);
        var steps = Ladder.Select(kata => WorkflowFile.Parse("jobs:\n  a:\n    steps:\n" + Snippets.WorkflowStep(kata)).GradedSteps.Single().ToGradedItem()).ToList();

        Assert.That(GradingCheck.Coverage("a", Ladder, tests), Is.Empty);
        Assert.That(GradingCheck.Limits("a", Ladder, tests), Is.Empty);
        Assert.That(GradingCheck.Agreement("w", steps, "a", tests), Is.Empty);
    }
}

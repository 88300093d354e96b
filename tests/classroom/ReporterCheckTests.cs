namespace ContinuationKatas.Classroom.Tests;

public sealed class ReporterCheckTests
{
    private const string Graded = """
        jobs:
          grade:
            steps:
              - id: kata-01-a
                uses: classroom-resources/autograding-command-grader@v1
              - id: kata-02-b
                uses: classroom-resources/autograding-command-grader@v1

        """;

    private static WorkflowFile WithReporter(string env, string runners) => WorkflowFile.Parse(Graded + $"""
              - name: Autograding Reporter
                uses: classroom-resources/autograding-grading-reporter@v1
                env:
        {env}
                with:
                  runners: {runners}
        """);

    private const string BothResults = """
                  KATA-01-A_RESULTS: "${{steps.kata-01-a.outputs.result}}"
                  KATA-02-B_RESULTS: "${{ steps.kata-02-b.outputs.result }}"
        """;

    [Test]
    public void Problems_EveryStepInRunnersAndEnv_None()
    {
        Assert.That(ReporterCheck.Problems("w", WithReporter(BothResults, "kata-01-a, kata-02-b")), Is.Empty);
    }

    [Test]
    public void Problems_StepLeftOutOfRunners_IsReported()
    {
        Assert.That(ReporterCheck.Problems("w", WithReporter(BothResults, "kata-01-a")),
            Is.EqualTo(new[] { "w: the reporter's runners leave out \"kata-02-b\", so its points are never counted." }));
    }

    [Test]
    public void Problems_RunnerThatIsNoStep_IsReported()
    {
        Assert.That(ReporterCheck.Problems("w", WithReporter(BothResults, "kata-01-a,kata-02-b,kata-03-c")),
            Has.One.EqualTo("w: the reporter's runners name \"kata-03-c\", which is no graded step's id."));
    }

    [Test]
    public void Problems_ResultVariableMissing_IsReported()
    {
        var onlyFirst = "          KATA-01-A_RESULTS: \"${{steps.kata-01-a.outputs.result}}\"";

        Assert.That(ReporterCheck.Problems("w", WithReporter(onlyFirst, "kata-01-a,kata-02-b")),
            Has.One.StartsWith("w: the reporter has no env KATA-02-B_RESULTS"));
    }

    [Test]
    public void Problems_ResultVariableReadingAnotherStep_IsReported()
    {
        var crossed = BothResults.Replace("steps.kata-02-b", "steps.kata-01-a", StringComparison.Ordinal);

        Assert.That(ReporterCheck.Problems("w", WithReporter(crossed, "kata-01-a,kata-02-b")),
            Has.One.StartsWith("w: the reporter's KATA-02-B_RESULTS is"));
    }

    [Test]
    public void Problems_NoReporter_IsReported()
    {
        Assert.That(ReporterCheck.Problems("w", WorkflowFile.Parse(Graded)),
            Is.EqualTo(new[] { "w: expected one step using classroom-resources/autograding-grading-reporter@v1, found 0." }));
    }

    [Test]
    public void Problems_GradedStepWithoutId_IsReported()
    {
        var workflow = WorkflowFile.Parse(Graded.Replace("- id: kata-02-b", "- name: no id", StringComparison.Ordinal) + """
                  - uses: classroom-resources/autograding-grading-reporter@v1
                    env:
                      KATA-01-A_RESULTS: "${{steps.kata-01-a.outputs.result}}"
                    with:
                      runners: kata-01-a
            """);

        Assert.That(ReporterCheck.Problems("w", workflow), Has.One.StartsWith("w: step \"no id\" (line 6) needs an id"));
    }

    [Test]
    public void Problems_ReporterBeforeAGradedStep_IsReported()
    {
        var workflow = WorkflowFile.Parse("""
            jobs:
              grade:
                steps:
                  - uses: classroom-resources/autograding-grading-reporter@v1
                    with:
                      runners: kata-01-a
                    env:
                      KATA-01-A_RESULTS: "${{steps.kata-01-a.outputs.result}}"
                  - id: kata-01-a
                    uses: classroom-resources/autograding-command-grader@v1
            """);

        Assert.That(ReporterCheck.Problems("w", workflow), Has.One.Contains("must come after every graded step"));
    }

    [Test]
    public void ResultVariable_StepId_IsUpperCaseWithHyphensKept()
    {
        // The reporter looks up process.env[`${runner.toUpperCase()}_RESULTS`].
        Assert.That(ReporterCheck.ResultVariable("kata-02-callbacks"), Is.EqualTo("KATA-02-CALLBACKS_RESULTS"));
    }
}

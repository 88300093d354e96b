namespace ContinuationKatas.Classroom.Tests;

public sealed class WorkflowFileTests
{
    [Test]
    public void Parse_StepsWithWithAndEnv_ReadsEveryKeyAndMap()
    {
        var workflow = WorkflowFile.Parse("""
            name: Autograding Tests
            jobs:
              grade:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - name: Kata 01 - Loop warm-up
                    id: kata-01
                    uses: classroom-resources/autograding-command-grader@v1
                    with:
                      test-name: Kata 01 - Loop warm-up
                      command: dotnet test tests/01-loop-warmup
                      timeout: 10
                  - name: Autograding Reporter
                    uses: classroom-resources/autograding-grading-reporter@v1
                    env:
                      KATA-01_RESULTS: "${{steps.kata-01.outputs.result}}"
                    with:
                      runners: kata-01
            """);

        Assert.That(workflow.Steps, Has.Count.EqualTo(3));
        Assert.That(workflow.Steps[0].Uses, Is.EqualTo("actions/checkout@v4"));
        Assert.That(workflow.Steps[1].Line, Is.EqualTo(7));
        Assert.That(workflow.Steps[1].Id, Is.EqualTo("kata-01"));
        Assert.That(workflow.Steps[1].With["command"], Is.EqualTo("dotnet test tests/01-loop-warmup"));
        Assert.That(workflow.Steps[1].With["timeout"], Is.EqualTo("10"));
        Assert.That(workflow.Steps[2].Env["KATA-01_RESULTS"], Is.EqualTo("${{steps.kata-01.outputs.result}}"));
        Assert.That(workflow.Steps[2].With["runners"], Is.EqualTo("kata-01"));
        Assert.That(workflow.GradedSteps.Select(step => step.Id), Is.EqualTo(new[] { "kata-01" }));
    }

    [Test]
    public void Parse_QuotesCommentsAndBlankLines_GivesPlainValues()
    {
        var workflow = WorkflowFile.Parse("""
            jobs:
              grade:
                steps:
                  # a comment line

                  - name: 'It''s quoted'
                    run: echo hi   # trailing comment
                    if: github.actor != 'github-classroom[bot]'
                    with:
                      command: "dotnet test \"tests/01\""
            """);

        var step = workflow.Steps.Single();
        Assert.That(step.Name, Is.EqualTo("It's quoted"));
        Assert.That(step.Keys["run"], Is.EqualTo("echo hi"));
        Assert.That(step.Keys["if"], Is.EqualTo("github.actor != 'github-classroom[bot]'"));
        Assert.That(step.With["command"], Is.EqualTo("dotnet test \"tests/01\""));
    }

    [Test]
    public void Parse_BlockScalar_KeepsItsLines()
    {
        var workflow = WorkflowFile.Parse("""
            jobs:
              grade:
                steps:
                  - name: Several commands
                    run: |
                      dotnet --info
                      dotnet restore
                  - name: Next
            """);

        Assert.That(workflow.Steps.Select(step => step.Name), Is.EqualTo(new[] { "Several commands", "Next" }));
        Assert.That(workflow.Steps[0].Keys["run"], Is.EqualTo("dotnet --info\ndotnet restore"));
    }

    [Test]
    public void Parse_ItemsAtTheIndentOfSteps_AreSteps()
    {
        var workflow = WorkflowFile.Parse("""
            jobs:
              grade:
                steps:
                - uses: actions/checkout@v4
                - name: Build
                  run: dotnet build
                other: value
            """);

        Assert.That(workflow.Steps.Select(step => step.Uses ?? step.Name), Is.EqualTo(new[] { "actions/checkout@v4", "Build" }));
        Assert.That(workflow.Steps[1].Keys, Does.Not.ContainKey("other"));
    }

    [Test]
    public void Parse_TwoJobs_ReadsTheStepsOfBoth()
    {
        var workflow = WorkflowFile.Parse("""
            jobs:
              one:
                steps:
                  - name: A
              two:
                runs-on: ubuntu-latest
                steps:
                  - name: B
            """);

        Assert.That(workflow.Steps.Select(step => step.Name), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Parse_CrLfLineEndings_ReadsTheSameSteps()
    {
        var workflow = WorkflowFile.Parse("jobs:\r\n  grade:\r\n    steps:\r\n      - name: A\r\n        with:\r\n          command: dotnet test tests/01-x\r\n");

        Assert.That(workflow.Steps.Single().With["command"], Is.EqualTo("dotnet test tests/01-x"));
    }
}

namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// The kit's own grading files, checked against katas.json and the test folders: the commands GitHub Classroom
/// runs are the ones that work here. Reads files only; `kata check` runs the tests themselves.
/// </summary>
public sealed class GradingFilesTests
{
    private static IReadOnlyList<KataEntry> Katas => KataEntry.Parse(Repo.Read(Repo.Catalog));

    private static WorkflowFile Workflow => WorkflowFile.Parse(Repo.Read(Repo.Workflow));

    private static IReadOnlyList<GradedItem> WorkflowItems => [.. Workflow.GradedSteps.Select(step => step.ToGradedItem())];

    private static IReadOnlyList<GradedItem> AutogradingItems => AutogradingFile.Parse(Repo.Read(Repo.Autograding));

    [Test]
    public void Workflow_EveryKataInKatasJson_HasExactlyOneGradedStep()
    {
        AssertNone(GradingCheck.Coverage(Repo.Workflow, Katas, WorkflowItems));
    }

    [Test]
    public void Autograding_EveryKataInKatasJson_HasExactlyOneTest()
    {
        AssertNone(GradingCheck.Coverage(Repo.Autograding, Katas, AutogradingItems));
    }

    [Test]
    public void Workflow_EveryCommand_IsDotnetTestOfAnExistingTestProject()
    {
        AssertNone(GradingCheck.Commands(Repo.Workflow, WorkflowItems, id => Repo.TestProjectProblem(Repo.Root, id)));
    }

    [Test]
    public void Autograding_EveryRun_IsDotnetTestOfAnExistingTestProject()
    {
        AssertNone(GradingCheck.Commands(Repo.Autograding, AutogradingItems, id => Repo.TestProjectProblem(Repo.Root, id)));
    }

    [Test]
    public void Workflow_GradedSteps_NameTheKataAndHaveATimeoutAndAScore()
    {
        AssertNone(GradingCheck.Limits(Repo.Workflow, Katas, WorkflowItems));
    }

    [Test]
    public void Autograding_Tests_NameTheKataAndHaveATimeoutAndPoints()
    {
        AssertNone(GradingCheck.Limits(Repo.Autograding, Katas, AutogradingItems));
    }

    [Test]
    public void WorkflowAndAutograding_EveryKata_SameNameCommandTimeoutAndPoints()
    {
        AssertNone(GradingCheck.Agreement(Repo.Workflow, WorkflowItems, Repo.Autograding, AutogradingItems));
    }

    [Test]
    public void Workflow_SetupDotnet_InstallsTheSdkFromGlobalJsonBeforeGrading()
    {
        AssertNone(SetupCheck.Problems(Repo.Workflow, Workflow, Repo.Read(Repo.GlobalJson)));
    }

    [Test]
    public void Workflow_Reporter_CollectsEveryGradedStep()
    {
        AssertNone(ReporterCheck.Problems(Repo.Workflow, Workflow));
    }

    private static void AssertNone(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} problem(s):\n\n" + string.Join("\n\n", problems));
        }
    }
}

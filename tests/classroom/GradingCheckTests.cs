namespace ContinuationKatas.Classroom.Tests;

public sealed class GradingCheckTests
{
    private static readonly KataEntry Warmup = new("01-loop-warmup", "Loop warm-up");

    private static readonly KataEntry Callbacks = new("02-callbacks", "Callbacks");

    private static readonly KataEntry[] Two = [Warmup, Callbacks];

    private static GradedItem Item(KataEntry kata, int? timeout = 10, int? points = 10) =>
        new(kata.TestName, kata.Command, string.Empty, timeout, points, kata.StepId);

    [Test]
    public void Coverage_EachKataOnceInOrder_NoProblems()
    {
        Assert.That(GradingCheck.Coverage("f", Two, [Item(Warmup), Item(Callbacks)]), Is.Empty);
    }

    [Test]
    public void Coverage_KataMissingFromWorkflow_NamesItAndGivesTheStepToAdd()
    {
        var problems = GradingCheck.Coverage(Repo.Workflow, Two, [Item(Warmup)]);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith($"{Repo.Workflow}: katas.json lists 02-callbacks, but nothing grades it."));
        Assert.That(problems[0], Does.Contain("id: kata-02-callbacks").And.Contain("command: dotnet test tests/02-callbacks")
            .And.Contain("KATA-02-CALLBACKS_RESULTS"));
    }

    [Test]
    public void Coverage_KataMissingFromAutograding_GivesTheEntryToAdd()
    {
        var problems = GradingCheck.Coverage(Repo.Autograding, Two, [Item(Warmup)]);

        Assert.That(problems, Has.One.Contains("\"run\": \"dotnet test tests/02-callbacks\""));
    }

    [Test]
    public void Coverage_KataGradedTwice_ReportsTheDuplicate()
    {
        Assert.That(GradingCheck.Coverage("f", Two, [Item(Warmup), Item(Callbacks), Item(Callbacks)]),
            Has.One.StartsWith("f: 02-callbacks is graded 2 times"));
    }

    [Test]
    public void Coverage_ItemForAKataNotInKatasJson_IsReported()
    {
        var extra = new KataEntry("09-extra", "Extra");

        Assert.That(GradingCheck.Coverage("f", Two, [Item(Warmup), Item(Callbacks), Item(extra)]),
            Has.One.EqualTo("f: \"Kata 09 - Extra\" grades tests/09-extra, which katas.json does not list."));
    }

    [Test]
    public void Coverage_ItemsOutOfLadderOrder_IsReported()
    {
        Assert.That(GradingCheck.Coverage("f", Two, [Item(Callbacks), Item(Warmup)]),
            Has.One.StartsWith("f: the graded items are not in katas.json order (02-callbacks, 01-loop-warmup)"));
    }

    [TestCase("dotnet test")]
    [TestCase("dotnet test tests/01-loop-warmup -p:KataSet=solutions")]
    [TestCase("./kata check")]
    [TestCase("dotnet test tests/../solutions")]
    public void Commands_NotDotnetTestOfOneFolder_IsReported(string command)
    {
        var item = Item(Warmup) with { Command = command };

        Assert.That(GradingCheck.Commands("f", [item], _ => null),
            Has.One.EqualTo($"f: \"Kata 01 - Loop warm-up\" runs `{command}`; a kata is graded by exactly `dotnet test tests/<kata id>`."));
    }

    [Test]
    public void Commands_FolderWithoutAProject_IsReportedWithTheReason()
    {
        Assert.That(GradingCheck.Commands("f", [Item(Warmup)], id => $"tests/{id} has no .csproj"),
            Has.One.EqualTo("f: \"Kata 01 - Loop warm-up\" runs `dotnet test tests/01-loop-warmup`, but tests/01-loop-warmup has no .csproj."));
    }

    [Test]
    public void Commands_SetupCommand_IsReported()
    {
        var item = Item(Warmup) with { Setup = "dotnet restore" };

        Assert.That(GradingCheck.Commands("f", [item], _ => null), Has.One.Contains("has a setup command (`dotnet restore`)"));
    }

    [Test]
    public void TestProjectProblem_FoldersOfTheKit_OnlyKataTestFoldersQualify()
    {
        Assert.That(Repo.TestProjectProblem(Repo.Root, "02-callbacks"), Is.Null);
        Assert.That(Repo.TestProjectProblem(Repo.Root, "99-nowhere"), Is.EqualTo("tests/99-nowhere does not exist"));
        Assert.That(Repo.TestProjectProblem(Repo.Root, "scenarios"), Is.EqualTo("tests/scenarios has no .csproj"));
    }

    [TestCase(null, 10, "needs a timeout of 1 to 60 minutes")]
    [TestCase(0, 10, "needs a timeout of 1 to 60 minutes")]
    [TestCase(61, 10, "needs a timeout of 1 to 60 minutes")]
    [TestCase(10, null, "needs a score above 0")]
    [TestCase(10, 0, "needs a score above 0")]
    public void Limits_MissingOrOutOfRange_IsReported(int? timeout, int? points, string problem)
    {
        Assert.That(GradingCheck.Limits("f", Two, [Item(Warmup, timeout, points)]), Has.One.Contains(problem));
    }

    [Test]
    public void Limits_NameWithoutTheKataNumber_IsReported()
    {
        var item = Item(Callbacks) with { Name = "Callbacks" };

        Assert.That(GradingCheck.Limits("f", Two, [item]),
            Has.One.StartsWith("f: the item that grades 02-callbacks is named \"Callbacks\"; start its name with \"Kata 02\""));
    }

    [Test]
    public void Agreement_SameItems_NoProblems()
    {
        Assert.That(GradingCheck.Agreement("w", [Item(Warmup), Item(Callbacks)], "a", [Item(Warmup) with { StepId = null }, Item(Callbacks)]), Is.Empty);
    }

    [Test]
    public void Agreement_DifferentPointsAndNames_NamesBoth()
    {
        var problems = GradingCheck.Agreement("w", [Item(Warmup)], "a", [Item(Warmup, points: 20) with { Name = "Kata 01" }]);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "01-loop-warmup: w and a disagree on its name (Kata 01 - Loop warm-up vs Kata 01).",
            "01-loop-warmup: w and a disagree on its points (10 vs 20).",
        }));
    }

    [Test]
    public void Agreement_KataGradedInOneFileOnly_IsReported()
    {
        Assert.That(GradingCheck.Agreement("w", [Item(Warmup), Item(Callbacks)], "a", [Item(Warmup)]),
            Is.EqualTo(new[] { "02-callbacks is graded in w but not in a." }));
        Assert.That(GradingCheck.Agreement("w", [Item(Warmup)], "a", [Item(Warmup), Item(Callbacks)]),
            Is.EqualTo(new[] { "02-callbacks is graded in a but not in w." }));
    }
}

using System.Text.Json;

namespace ContinuationKatas.Tool.Tests;

public sealed class ClassCommandTests
{
    /// <summary>"Tests" a checkout by reading its kata: solved when WarmUp.cs holds the solution.</summary>
    private static FakeTestRunner ReadingTheKata() => new()
    {
        All = root => Fakes.Results(("01-loop-warmup",
            [File.ReadAllText(Path.Combine(root, "katas/01-loop-warmup/WarmUp.cs")).Contains("solved", StringComparison.Ordinal) ? Fakes.Pass("A") : Fakes.NotSolved("A")])),
    };

    private static ScratchRepo ClassRepo()
    {
        var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Git("checkout", "-q", "-b", "learners/ann");
        repo.Write("katas/01-loop-warmup/WarmUp.cs", ScratchRepo.Solution);
        repo.Commit("Ann solves 01");
        repo.Git("checkout", "-q", "-b", "learners/bob", "main");
        repo.Write("katas/01-loop-warmup/WarmUp.cs", "// bob was here\n" + ScratchRepo.Stub);
        repo.Commit("Bob starts 01");
        repo.Git("checkout", "-q", "main");
        return repo;
    }

    [Test]
    public void Run_BranchPattern_TestsEachInAWorktreeAndPrintsTheMatrix()
    {
        using var repo = ClassRepo();
        var tests = ReadingTheKata();
        var cli = new Cli(repo.Root) { Tests = tests };

        Assert.That(cli.Run("class", "learners/*"), Is.Zero);

        var output = cli.Out.ToString();
        Assert.That(output, Does.Contain("learner       01  solved"));
        Assert.That(output, Does.Contain("learners/ann  ✔   1/1"));
        Assert.That(output, Does.Contain("learners/bob  ·   0/1"));
        Assert.That(tests.AllRuns, Has.None.EqualTo(repo.Root), "never the instructor's checkout");
        Assert.That(cli.Error.ToString(), Does.Contain("untrusted"));
    }

    [Test]
    public void Run_LearnerEditedTheTests_IsJudgedByTheInstructorsTests()
    {
        using var repo = ClassRepo();
        repo.Git("checkout", "-q", "-b", "learners/eve", "main");
        repo.Write("tests/01-loop-warmup/WarmUpTests.cs", "// eve's tests: everything passes");
        repo.Commit("Eve makes the tests pass");
        repo.Git("checkout", "-q", "main");
        string? testsSeen = null;
        var tests = new FakeTestRunner
        {
            All = root =>
            {
                testsSeen = File.ReadAllText(Path.Combine(root, "tests/01-loop-warmup/WarmUpTests.cs"));
                return Fakes.Results(("01-loop-warmup", [Fakes.NotSolved("A")]));
            },
        };

        new Cli(repo.Root) { Tests = tests }.Run("class", "learners/eve");

        Assert.That(testsSeen, Is.EqualTo("// tests"), "the instructor's tests/, not the learner's, are run");
    }

    [Test]
    public void Run_AfterwardsTheInstructorsCheckoutIsAsBefore()
    {
        using var repo = ClassRepo();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", "// instructor's own edit\n");
        var status = repo.Git("status", "--porcelain");

        new Cli(repo.Root) { Tests = ReadingTheKata() }.Run("class", "learners/ann", "learners/bob");

        Assert.That(repo.Git("status", "--porcelain"), Is.EqualTo(status));
        Assert.That(repo.Git("symbolic-ref", "--short", "HEAD"), Is.EqualTo("main"));
        Assert.That(repo.Git("worktree", "list", "--porcelain").Split('\n').Count(line => line.StartsWith("worktree ", StringComparison.Ordinal)), Is.EqualTo(1), "the temporary worktrees are gone");
    }

    [Test]
    public void Run_Json_GivesOneEntryPerLearner()
    {
        using var repo = ClassRepo();
        var cli = new Cli(repo.Root) { Tests = ReadingTheKata() };

        cli.Run("class", "learners/*", "--json");

        using var json = JsonDocument.Parse(cli.Out.ToString());
        var learners = json.RootElement.GetProperty("learners").EnumerateArray().ToList();
        Assert.That(learners.Select(l => l.GetProperty("source").GetString()), Is.EqualTo(new[] { "learners/ann", "learners/bob" }));
        Assert.That(learners.Select(l => l.GetProperty("solved").GetInt32()), Is.EqualTo(new[] { 1, 0 }));
        Assert.That(learners[0].GetProperty("katas")[0].GetProperty("status").GetString(), Is.EqualTo("solved"));
    }

    [Test]
    public void Run_CloneFolder_IsTestedInPlace()
    {
        using var repo = ClassRepo();
        using var clone = new ScratchRepo().WithCompleteKata();
        clone.Write("katas/01-loop-warmup/WarmUp.cs", ScratchRepo.Solution);
        var tests = ReadingTheKata();
        var cli = new Cli(repo.Root) { Tests = tests };

        cli.Run("class", clone.Root);

        Assert.That(tests.AllRuns, Is.EqualTo(new[] { clone.Root }));
        Assert.That(cli.Out.ToString(), Does.Contain("✔   1/1"));
    }

    [Test]
    public void Run_UnknownSource_SaysWhatItIsNot()
    {
        using var repo = ClassRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("class", "learners/nobody"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("'learners/nobody' is neither a folder with katas.json nor a git branch."));
    }
}

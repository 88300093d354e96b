namespace ContinuationKatas.Tool.Tests;

public sealed class ProgressCommandTests
{
    [Test]
    public void Run_WithResults_ShowsThemWithoutTesting()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        var tests = new FakeTestRunner();
        var cli = new Cli(repo.Root) { Tests = tests };

        Assert.That(cli.Run(), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.Contain("1 of 1 katas solved").And.Contain("✔ 01 Loop warm-up"));
        Assert.That(tests.AllRuns, Is.Empty);
    }

    [Test]
    public void Run_NoResultsYet_RunsTheTestsFirst()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.NotSolved("A")])) };
        var cli = new Cli(repo.Root) { Tests = tests };

        Assert.That(cli.Run("list"), Is.Zero);
        Assert.That(tests.AllRuns, Is.EqualTo(new[] { repo.Root }));
        Assert.That(cli.Error.ToString(), Does.Contain("No test results yet, so running the tests first"));
        Assert.That(cli.Out.ToString(), Does.Contain("· 01 Loop warm-up").And.Contain("Next: kata 01, Loop warm-up. Open katas/01-loop-warmup/README.md"));
    }

    [Test]
    public void Run_AfterTest_NeverRunsTheTests()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner();
        var cli = new Cli(repo.Root) { Tests = tests };

        cli.Run("progress", "--after-test");

        Assert.That(tests.AllRuns, Is.Empty);
        Assert.That(cli.Out.ToString(), Does.Contain("Your progress"));
    }

    [Test]
    public void Run_WithColor_PaintsSolvedGreen()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        var cli = new Cli(repo.Root) { Color = true };

        cli.Run("progress");

        Assert.That(cli.Out.ToString(), Does.Contain("\u001b[32m✔\u001b[0m"));
    }

    [Test]
    public void Run_AfterTestWithTheNextKataNotCompiling_ShowsItsFirstCompilerErrors()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = new Cli(repo.Root) { Builder = new FakeBuilder(null, "katas/01-loop-warmup/WarmUp.cs(3,5): error CS1002: ; expected") };

        cli.Run("progress", "--after-test");

        Assert.That(cli.Out.ToString(), Does.Contain("! 01").And.Contain("error CS1002: ; expected"));
    }
}

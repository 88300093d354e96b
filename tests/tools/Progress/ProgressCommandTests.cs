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
    public void Run_KataEditedAfterItsResults_ShowsItChangedWithoutTesting()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"), Fakes.Fail("B"));
        repo.Age("artifacts/results/katas/01-loop-warmup.trx", TimeSpan.FromMinutes(1));
        var tests = new FakeTestRunner();
        var cli = new Cli(repo.Root) { Tests = tests };

        cli.Run("progress");

        Assert.That(cli.Out.ToString(), Does.Contain("~ 01 Loop warm-up changed since its tests last ran (then: 1 of 2 tests passed)"));
        Assert.That(cli.Out.ToString(), Does.Not.Contain("First failing test"), "the old failures are about code that is gone");
        Assert.That(tests.AllRuns, Is.Empty);
    }

    [Test]
    public void Run_KataOption_EndsWithTheVerdictAndTheNextStep()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Write("katas.json", """
            { "grades": [ { "number": 1, "name": "callbacks" } ],
              "katas": [ { "id": "01-loop-warmup", "grade": 1, "title": "Loop warm-up", "minutes": 25 },
                         { "id": "02-callbacks", "grade": 1, "title": "Callbacks", "minutes": 35 },
                         { "id": "03-error-first-callbacks", "grade": 1, "title": "Error-first callbacks", "minutes": 35 } ] }
            """);
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        repo.WriteResults("02-callbacks", Fakes.Pass("A"));
        repo.WriteResults("03-error-first-callbacks", Fakes.NotSolved("A"));
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("progress", "--after-test", "--kata", "01"), Is.Zero);

        Assert.That(cli.Out.ToString(), Is.EqualTo(
            "\n──── Kata 01 · Loop warm-up ────\n" +
            "✔ Solved: all 1 tests pass. Compare yours with the reference: ./kata compare 01\n" +
            "Next: kata 03, Error-first callbacks. Open katas/03-error-first-callbacks/README.md, then ./kata watch 03\n" +
            "2 of 3 katas solved; all of them: ./kata\n"));
    }

    [Test]
    public void Run_KataOptionNotSolved_GivesTheStubsStepAndWhereToStart()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.NotSolved("A"));
        var cli = new Cli(repo.Root);

        cli.Run("progress", "--after-test", "--kata", "01");

        Assert.That(cli.Out.ToString(), Does.Contain("· Not started. Not solved yet: Kata 01, step 1: …\n  Steps: katas/01-loop-warmup/README.md; a hint: ./kata hint 01; retest on every save: ./kata watch 01\n"));
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
    public void Run_WithoutColor_WritesNoEscapeCodes()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        var cli = new Cli(repo.Root);

        cli.Run("progress");

        Assert.That(cli.Out.ToString(), Does.Contain("  ✔ 01 Loop warm-up solved").And.Not.Contain("\u001b"));
    }

    [Test]
    public void Run_WithColor_PaintsSolvedGreen()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        var cli = new Cli(repo.Root) { Color = true };

        cli.Run("progress");

        Assert.That(cli.Out.ToString(), Does.Contain("\u001b[32m✔\u001b[0m").And.Contain("\u001b[32msolved\u001b[0m"));
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

namespace ContinuationKatas.Tool.Tests;

public sealed class TestCommandTests
{
    [Test]
    public void Run_NoResultsYet_TestsEveryKataOnceAndEndsWithTheProgress()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.NotSolved("A"), Fakes.NotSolved("B")])) };
        var cli = new Cli(repo.Root) { Tests = tests };

        Assert.That(cli.Run("test"), Is.EqualTo(1), "a kata that does not pass fails the run");
        Assert.That(tests.QuietRuns, Is.EqualTo(new[] { new[] { "01-loop-warmup" } }));
        var output = cli.Out.ToString();
        Assert.That(output, Does.StartWith("Testing kata 01 against katas/.\n"));
        Assert.That(output, Does.Contain("  ✘ A and 1 more failing alike\n      Not solved yet: Kata 01, step 1: …\n"));
        Assert.That(output.TrimEnd(), Does.EndWith("Not solved yet: Kata 01, step 1: …"), "the progress summary comes last");
        Assert.That(output.IndexOf("──── Your progress ────", StringComparison.Ordinal), Is.GreaterThan(output.IndexOf("  ✘ A", StringComparison.Ordinal)));
    }

    [Test]
    public void Run_NothingChangedSinceTheLastRun_ReusesTheResultsWithoutTesting()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.Pass("A")])) };
        new Cli(repo.Root) { Tests = tests }.Run("test");
        var again = new Cli(repo.Root) { Tests = tests };

        Assert.That(again.Run("test"), Is.Zero);
        Assert.That(tests.QuietRuns, Has.Count.EqualTo(1), "the second run tested nothing");
        Assert.That(again.Out.ToString(), Does.StartWith("No kata changed since the last run: the results of all 1 are shown again"));
        Assert.That(again.Out.ToString(), Does.Contain("1 of 1 katas solved"));
    }

    [TestCase("katas/01-loop-warmup/WarmUp.cs")]
    [TestCase("tests/01-loop-warmup/WarmUpTests.cs")]
    [TestCase("runtime/EventLoop.cs")]
    [TestCase("tests/scenarios/dog-pig.verified.txt")]
    [TestCase("Directory.Build.props")]
    public void Run_AnInputChanged_TestsTheKataAgain(string input)
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Write(input, "before");
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.Pass("A")])) };
        new Cli(repo.Root) { Tests = tests }.Run("test");

        repo.Write(input, "after, and longer");
        new Cli(repo.Root) { Tests = tests }.Run("test");

        Assert.That(tests.QuietRuns, Has.Count.EqualTo(2));
    }

    [Test]
    public void Run_OutputsOfARunChanged_ReusesTheResults()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.Pass("A")])) };
        new Cli(repo.Root) { Tests = tests }.Run("test");

        repo.Write("katas/01-loop-warmup/bin/Debug/Katas.dll", "built");
        repo.Write("tests/scenarios/dog-pig.received.txt", "what a failing test wrote");
        repo.Write("katas/01-loop-warmup/WarmUp.cs.backup", "kata reset's copy");
        new Cli(repo.Root) { Tests = tests }.Run("test");

        Assert.That(tests.QuietRuns, Has.Count.EqualTo(1));
    }

    [Test]
    public void Run_Fresh_TestsAgainThoughNothingChanged()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.Pass("A")])) };
        new Cli(repo.Root) { Tests = tests }.Run("test");

        new Cli(repo.Root) { Tests = tests }.Run("test", "--fresh");

        Assert.That(tests.QuietRuns, Has.Count.EqualTo(2));
    }

    [Test]
    public void Run_ARunThatLeftNoResults_IsNotReused()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { Quietly = (_, _, _) => false };
        new Cli(repo.Root) { Tests = tests }.Run("test");

        new Cli(repo.Root) { Tests = tests }.Run("test");

        Assert.That(tests.QuietRuns, Has.Count.EqualTo(2), "no results, so nothing to reuse: a compile error is tested again");
    }

    [Test]
    public void Run_AKataThatNoLongerCompiles_HasNoResultsRatherThanItsOldOnes()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.Pass("A")])) };
        new Cli(repo.Root) { Tests = tests }.Run("test");

        repo.Write("katas/01-loop-warmup/WarmUp.cs", "this does not compile any more");
        var cli = new Cli(repo.Root) { Tests = new FakeTestRunner { Quietly = (_, _, _) => false } };

        Assert.That(cli.Run("test"), Is.EqualTo(1));
        Assert.That(cli.Out.ToString(), Does.Contain("0 of 1 katas solved").And.Contain("no test results"));
    }

    [Test]
    public void Run_CurrentKataDoesNotCompile_ShowsItsErrorsOnly()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner
        {
            Quietly = (root, set, _) =>
            {
                File.WriteAllText(Path.Combine(root, "artifacts", "test", set + ".log"),
                    $"{root}/katas/01-loop-warmup/WarmUp.cs(2,1): error CS1002: ; expected [{root}/katas/01-loop-warmup/LoopWarmup.csproj]\n" +
                    $"{root}/katas/02-callbacks/DogPig.cs(9,9): error CS0103: The name 'x' does not exist [{root}/katas/02-callbacks/Callbacks.csproj]\n");
                return false;
            },
        };
        Directory.CreateDirectory(Path.Combine(repo.Root, "artifacts", "test"));
        var cli = new Cli(repo.Root) { Tests = tests };

        Assert.That(cli.Run("test"), Is.EqualTo(1));
        var output = cli.Out.ToString();
        Assert.That(output, Does.Contain("──── Kata 01 · Loop warm-up: no test results ────\n  katas/01-loop-warmup/WarmUp.cs(2,1): error CS1002: ; expected\n"));
        Assert.That(output, Does.Not.Contain("CS0103"), "another kata's errors stay with that kata");
    }

    [Test]
    public void Run_UnknownSet_IsAUsageError()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("test", "--set", "mine"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("--set is katas or solutions, not 'mine'"));
    }
}

namespace ContinuationKatas.Tool.Tests;

public sealed class WatchTests
{
    private static readonly KataInfo Kata = Fakes.Catalog.Katas[0];

    [Test]
    public void Render_WrongTranscript_ShowsTheFailingTestWithItsDiff()
    {
        var message = "The transcript is not the approved \"dog-pig\" transcript.\n\n    0 ms  main: start\n-  5000 ms  🐶🐷!\n+  7000 ms  🐶🐷!";
        var run = new KataTestRun([Fakes.Pass("A"), Fakes.Fail("Main_prints_dog_pig", message)], []);

        var text = Rendered.Text(console => WatchView.Write(console, Fakes.Catalog, Kata, run, []));

        Assert.That(text, Does.Contain("✘ Kata 01 · Loop warm-up: 1 of 2 tests pass."));
        Assert.That(text, Does.Contain("  ✘ Main_prints_dog_pig\n"));
        Assert.That(text, Does.Contain("      -  5000 ms  🐶🐷!\n      +  7000 ms  🐶🐷!"));
    }

    [Test]
    public void Render_Solved_PointsToCompareAndTheNextKata()
    {
        var text = Rendered.Text(console => WatchView.Write(console, Fakes.Catalog, Kata, new KataTestRun([Fakes.Pass("A")], []), []));

        Assert.That(text, Does.Contain("solved, all 1 tests pass").And.Contain("./kata compare 01").And.Contain("./kata watch 04"));
    }

    [Test]
    public void Render_SolvedWhileAnEarlierKataIsNot_PointsAtTheFirstUnsolvedKata()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Pass("A"), Fakes.Fail("B")]) };

        var text = Rendered.Text(console => WatchView.Write(console, Fakes.Catalog, Fakes.Catalog.Katas[1], new KataTestRun([Fakes.Pass("A")], []), progress));

        Assert.That(text, Does.Contain("Next: kata 01, Loop warm-up, is not solved yet (1 of 2 tests passed). ./kata watch 01"));
    }

    [Test]
    public void Render_SolvedWhenTheNextKataIsSolvedAlready_DoesNotPointAtIt()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[1], [Fakes.Pass("A")]) };

        var text = Rendered.Text(console => WatchView.Write(console, Fakes.Catalog, Kata, new KataTestRun([Fakes.Pass("A")], []), progress));

        Assert.That(text, Does.Contain("Every kata is solved").And.Not.Contain("./kata watch 04"));
    }

    [Test]
    public void Render_CompileErrors_ListsThem()
    {
        var text = Rendered.Text(console => WatchView.Write(console, Fakes.Catalog, Kata, new KataTestRun([], ["DogPig.cs(3,1): error CS1002: ; expected"]), []));

        Assert.That(text, Does.Contain("does not compile").And.Contain("CS1002"));
    }

    [Test]
    public void Render_Untouched_GivesTheStubsMessage()
    {
        var text = Rendered.Text(console => WatchView.Write(console, Fakes.Catalog, Kata, new KataTestRun([Fakes.NotSolved("A")], []), []));

        Assert.That(text, Does.Contain("not solved yet").And.Contain("Not solved yet: Kata 01, step 1"));
    }

    [Test]
    public void Run_FileSaved_RetestsOnceAndStopsOnCtrlC()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        using var stop = new CancellationTokenSource();
        var tests = new FakeTestRunner { Kata = (_, _) => new KataTestRun([Fakes.NotSolved("A")], []) };
        var pause = new FakePause(
            () => repo.Write("katas/01-loop-warmup/WarmUp.cs", "// saved, and longer than the stub was before\n"),
            () => { },
            stop.Cancel);
        var cli = new Cli(repo.Root) { Tests = tests, Pause = pause, Stop = stop.Token };

        Assert.That(cli.Run("watch", "01"), Is.Zero);

        Assert.That(tests.KataRuns, Is.EqualTo(2), "once at the start, once after the save");
        Assert.That(tests.Restores, Is.EqualTo(new[] { true, false }), "the retest after a saved .cs file skips the restore");
        Assert.That(cli.Out.ToString(), Does.Contain("Watching katas/01-loop-warmup").And.Contain("Ctrl+C stops"));
        Assert.That(cli.Out.ToString(), Does.Contain("Saved: WarmUp.cs. Building and testing kata 01").And.EndWith("Stopped watching.\n"));
    }

    [Test]
    public void Run_ProjectFileSaved_RestoresBeforeTheRetest()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        using var stop = new CancellationTokenSource();
        var tests = new FakeTestRunner { Kata = (_, _) => new KataTestRun([Fakes.NotSolved("A")], []) };
        var pause = new FakePause(
            () => repo.Write("katas/01-loop-warmup/LoopWarmup.csproj", "<Project><!-- a package added --></Project>"),
            () => { },
            stop.Cancel);
        var cli = new Cli(repo.Root) { Tests = tests, Pause = pause, Stop = stop.Token };

        cli.Run("watch", "01");

        Assert.That(tests.Restores, Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public void Run_NothingSaved_DoesNotRetest()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        using var stop = new CancellationTokenSource();
        var tests = new FakeTestRunner();
        var cli = new Cli(repo.Root) { Tests = tests, Pause = new FakePause(() => { }, () => { }, stop.Cancel), Stop = stop.Token };

        cli.Run("watch");

        Assert.That(tests.KataRuns, Is.EqualTo(1));
    }
}

namespace ContinuationKatas.Tool.Tests;

public sealed class CompareCommandTests
{
    [Test]
    public void Run_SolvedKata_ShowsTheReferenceAsMinusAndYoursAsPlus()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("compare", "01"), Is.Zero);

        // The approval tests' convention, kept across the kit: - what is expected (approved, reference), + yours.
        var output = cli.Out.ToString();
        Assert.That(output, Does.Contain("- the reference's lines, + yours (as in the tests' diffs: - approved, + received)."));
        Assert.That(output, Does.Contain("--- solutions/01-loop-warmup/WarmUp.cs\n+++ katas/01-loop-warmup/WarmUp.cs"));
        Assert.That(output, Does.Contain("-// solved").And.Contain("+// TODO: step 1"));
        Assert.That(output, Does.Contain("The same in both: LoopWarmup.csproj"));
    }

    [Test]
    public void Run_UnsolvedKata_RefusesAndOffersPeek()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"), Fakes.Fail("B"));
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("compare", "01"), Is.EqualTo(1));
        Assert.That(cli.Out.ToString(), Does.Contain("not solved yet (1 of 2 tests pass)").And.Contain("--peek").And.Not.Contain("// solved"));
    }

    [Test]
    public void Run_PeekAnsweredNo_ShowsNothing()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.NotSolved("A"));
        var cli = new Cli(repo.Root, input: "n\n");

        Assert.That(cli.Run("compare", "01", "--peek"), Is.EqualTo(1));
        Assert.That(cli.Out.ToString(), Does.Contain("Show it anyway? [y/N]").And.Not.Contain("// solved"));
    }

    [Test]
    public void Run_PeekAnsweredYes_ShowsTheDiff()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.NotSolved("A"));
        var cli = new Cli(repo.Root, input: "y\n");

        Assert.That(cli.Run("compare", "01", "--peek"), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.Contain("-// solved"));
    }

    [Test]
    public void Run_NoResultsYet_RunsTheKatasTestsFirst()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { Kata = (_, _) => new KataTestRun([Fakes.Pass("A")], []) };
        var cli = new Cli(repo.Root) { Tests = tests };

        Assert.That(cli.Run("compare", "01"), Is.Zero);
        Assert.That(tests.KataRuns, Is.EqualTo(1));
    }
}

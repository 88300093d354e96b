namespace ContinuationKatas.Tool.Tests;

public sealed class HintCommandTests
{
    [Test]
    public void Parse_HintSections_GivesTheirTextsInOrder()
    {
        var hints = Hints.Parse("# Hints · 02\n\n## Hint 1\n\nTwo locals.\n\n## Hint 2\n\nOne `Arrived()`:\n\n    code\n");

        Assert.That(hints, Is.EqualTo(new[] { "Two locals.", "One `Arrived()`:\n\n    code" }));
    }

    [Test]
    public void Parse_NoHintSections_IsEmpty() =>
        Assert.That(Hints.Parse("# Hints\n\nNone yet."), Is.Empty);

    [Test]
    public void Run_CalledTwice_ShowsHintOneThenHintTwo()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var first = new Cli(repo.Root);
        var second = new Cli(repo.Root);

        Assert.That(first.Run("hint", "01"), Is.Zero);
        Assert.That(second.Run("hint", "1"), Is.Zero);

        Assert.That(first.Out.ToString(), Does.Contain("hint 1 of 2").And.Contain("Gentle.").And.Not.Contain("Nearly"));
        Assert.That(first.Out.ToString(), Does.Contain("./kata hint 01 again shows hint 2 of 2"));
        Assert.That(second.Out.ToString(), Does.Contain("hint 2 of 2").And.Contain("Nearly the answer.").And.Contain("That was the last hint"));
    }

    [Test]
    public void Run_AfterTheLastHint_RepeatsItAndSaysSo()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        new Cli(repo.Root).Run("hint", "01", "--all");
        var again = new Cli(repo.Root);

        again.Run("hint", "01");

        Assert.That(again.Out.ToString(), Does.Contain("hint 2 of 2").And.Contain("You have seen all 2 hints"));
    }

    [Test]
    public void Run_All_ShowsEveryHint()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = new Cli(repo.Root);

        cli.Run("hint", "01", "--all");

        Assert.That(cli.Out.ToString(), Does.Contain("hint 1 of 2").And.Contain("hint 2 of 2"));
    }

    [Test]
    public void Run_Reset_StartsAgainFromHintOne()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        new Cli(repo.Root).Run("hint", "01");
        new Cli(repo.Root).Run("hint", "01", "--reset");
        var cli = new Cli(repo.Root);

        cli.Run("hint", "01");

        Assert.That(cli.Out.ToString(), Does.Contain("hint 1 of 2"));
        Assert.That(repo.Exists("artifacts/hints/01-loop-warmup.seen"), Is.True, "what was seen lives under artifacts/, which git ignores");
    }

    [Test]
    public void Run_NoKataNumber_HintsTheCurrentKata()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("hint"), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.Contain("Kata 01 · Loop warm-up — hint 1 of 2"));
    }

    [Test]
    public void Run_UnknownKata_ExitsTwoAndListsTheKatas()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("hint", "42"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("there is no kata '42'. The katas are 01."));
    }
}

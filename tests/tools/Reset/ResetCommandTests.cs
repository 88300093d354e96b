namespace ContinuationKatas.Tool.Tests;

public sealed class ResetCommandTests
{
    private const string Mine = "// my attempt\n";

    [Test]
    public void Run_ChangedStubAnsweredYes_RestoresTheStubAndKeepsABackup()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", Mine);
        var cli = new Cli(repo.Root, input: "y\n");

        Assert.That(cli.Run("reset", "01"), Is.Zero);

        Assert.That(repo.Read("katas/01-loop-warmup/WarmUp.cs"), Is.EqualTo(ScratchRepo.Stub));
        Assert.That(repo.Read("katas/01-loop-warmup/WarmUp.cs.backup"), Is.EqualTo(Mine));
        Assert.That(repo.Git("status", "--porcelain"), Is.Empty, "the backup is ignored by git and the stub is as committed");
        Assert.That(cli.Out.ToString(), Does.Contain("changed  katas/01-loop-warmup/WarmUp.cs").And.Contain("your version: katas/01-loop-warmup/WarmUp.cs.backup"));
    }

    [Test]
    public void Run_SolvedKata_ProgressShowsItChangedNotSolved()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", ScratchRepo.Solution);
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"));
        repo.Age("katas/01-loop-warmup/WarmUp.cs", TimeSpan.FromMinutes(2));
        repo.Age("katas/01-loop-warmup/LoopWarmup.csproj", TimeSpan.FromMinutes(2));
        repo.Age("artifacts/results/katas/01-loop-warmup.trx", TimeSpan.FromMinutes(1));
        var before = new Cli(repo.Root);
        before.Run("progress");
        Assert.That(before.Out.ToString(), Does.Contain("✔ 01 Loop warm-up solved"), "solved before the reset");

        var cli = new Cli(repo.Root);
        Assert.That(cli.Run("reset", "01", "--yes"), Is.Zero);
        cli.Run("progress");

        var output = cli.Out.ToString();
        Assert.That(output, Does.Contain("progress shows it as changed until its tests run again (dotnet test tests/01-loop-warmup)"));
        Assert.That(output, Does.Contain("0 of 1 katas solved").And.Contain("~ 01 Loop warm-up changed since its tests last ran (then: solved)"));
        Assert.That(output, Does.Contain("Next: kata 01, Loop warm-up, changed since its tests last ran. Run them: dotnet test tests/01-loop-warmup"));
    }

    [Test]
    public void Run_AnsweredNo_ChangesNothing()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", Mine);
        var cli = new Cli(repo.Root, input: "\n");

        Assert.That(cli.Run("reset", "01"), Is.EqualTo(1));
        Assert.That(repo.Read("katas/01-loop-warmup/WarmUp.cs"), Is.EqualTo(Mine));
        Assert.That(repo.Exists("katas/01-loop-warmup/WarmUp.cs.backup"), Is.False);
    }

    [Test]
    public void Run_AddedFile_MovesItToABackup()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Write("katas/01-loop-warmup/Helper.cs", "// helper\n");

        Assert.That(new Cli(repo.Root).Run("reset", "01", "--yes"), Is.Zero);
        Assert.That(repo.Exists("katas/01-loop-warmup/Helper.cs"), Is.False);
        Assert.That(repo.Read("katas/01-loop-warmup/Helper.cs.backup"), Is.EqualTo("// helper\n"));
    }

    [Test]
    public void Run_Twice_KeepsBothBackups()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", Mine);
        new Cli(repo.Root).Run("reset", "01", "--yes");
        repo.Write("katas/01-loop-warmup/WarmUp.cs", "// second attempt\n");

        new Cli(repo.Root).Run("reset", "01", "--yes");

        Assert.That(repo.Read("katas/01-loop-warmup/WarmUp.cs.backup"), Is.EqualTo(Mine));
        Assert.That(repo.Read("katas/01-loop-warmup/WarmUp.cs.backup.2"), Is.EqualTo("// second attempt\n"));
    }

    [Test]
    public void Run_UntouchedStub_SaysThereIsNothingToReset()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("reset", "01"), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.Contain("nothing to reset"));
    }

    [Test]
    public void Run_NotAGitCheckout_SaysSo()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("reset", "01", "--yes"), Is.EqualTo(1));
        Assert.That(cli.Error.ToString(), Does.Contain("git has no committed katas/01-loop-warmup"));
    }
}

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

namespace ContinuationKatas.Tool.Tests;

public sealed class SolutionsBranchTests
{
    [Test]
    public void Run_FreshRepo_CreatesABranchWhoseKatasAreSolved()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("solutions-branch"), Is.Zero);

        Assert.That(repo.Git("show", "solutions:katas/01-loop-warmup/WarmUp.cs") + "\n", Is.EqualTo(ScratchRepo.Solution));
        Assert.That(repo.Git("show", "solutions:katas/01-loop-warmup/README.md"), Is.EqualTo("# 01"), "the README and hints stay");
        Assert.That(repo.Git("rev-parse", "solutions^"), Is.EqualTo(repo.Git("rev-parse", "HEAD")), "generated from HEAD");
        Assert.That(repo.Git("diff", "--stat", "solutions", "--", "katas/"), Does.Contain("WarmUp.cs"));
        Assert.That(cli.Out.ToString(), Does.Contain("Branch 'solutions' created").And.Contain("git diff solutions -- katas/01-loop-warmup"));
    }

    [Test]
    public void Run_WithWorkInProgress_LeavesWorkingTreeIndexAndBranchAlone()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", "// mine\n");
        repo.Git("add", "katas/01-loop-warmup/WarmUp.cs");
        repo.Write("katas/01-loop-warmup/Scratch.cs", "// untracked\n");
        var status = repo.Git("status", "--porcelain");

        new Cli(repo.Root).Run("solutions-branch");

        Assert.That(repo.Git("status", "--porcelain"), Is.EqualTo(status));
        Assert.That(repo.Read("katas/01-loop-warmup/WarmUp.cs"), Is.EqualTo("// mine\n"));
        Assert.That(repo.Git("symbolic-ref", "--short", "HEAD"), Is.EqualTo("main"));
    }

    [Test]
    public void Run_Again_IsUpToDate_AndAfterANewCommit_Refreshes()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        new Cli(repo.Root).Run("solutions-branch");
        var again = new Cli(repo.Root);
        again.Run("solutions-branch");
        repo.Write("solutions/01-loop-warmup/WarmUp.cs", "// better\n");
        repo.Commit("Better solution");
        var refreshed = new Cli(repo.Root);

        refreshed.Run("solutions-branch");

        Assert.That(again.Out.ToString(), Does.Contain("already up to date"));
        Assert.That(refreshed.Out.ToString(), Does.Contain("refreshed"));
        Assert.That(repo.Git("show", "solutions:katas/01-loop-warmup/WarmUp.cs"), Is.EqualTo("// better"));
    }

    [Test]
    public void Run_OnTheSolutionsBranch_Refuses()
    {
        using var repo = new ScratchRepo().WithCompleteKata().WithGit();
        repo.Git("checkout", "-q", "-b", "solutions");
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("solutions-branch"), Is.EqualTo(1));
        Assert.That(cli.Error.ToString(), Does.Contain("is the branch checked out here"));
    }
}

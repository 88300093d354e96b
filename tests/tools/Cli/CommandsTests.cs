namespace ContinuationKatas.Tool.Tests;

public sealed class CommandsTests
{
    private static IEnumerable<string> Names() => Commands.All.Select(command => command.Name);

    [Test]
    public void All_IssueFourCommands_AreThere() =>
        Assert.That(Names(), Is.SupersetOf(new[] { "progress", "hint", "watch", "run", "timeline", "compare", "reset", "solutions-branch", "report", "class", "check" }));

    [TestCaseSource(nameof(Names))]
    public void Dispatch_CommandWithHelp_PrintsItsUsageFirst(string name)
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run(name, "--help"), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.StartWith($"kata {name}"));
        Assert.That(Commands.Find(name)!.Summary, Is.Not.Empty);
    }

    [Test]
    public void Dispatch_UnknownCommand_ExitsTwoWithUsage()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("fly"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("unknown command 'fly'").And.Contain("timeline"));
    }

    [Test]
    public void Help_ClassCommand_WarnsThatLearnersCodeIsUntrusted() =>
        Assert.That(Commands.Find("class")!.Help, Does.Contain("untrusted"));
}

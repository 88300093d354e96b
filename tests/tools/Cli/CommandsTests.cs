namespace ContinuationKatas.Tool.Tests;

public sealed class CommandsTests
{
    private static IEnumerable<string> Names() => Commands.All.Select(command => command.Name);

    [Test]
    public void All_IssueFourCommands_AreThere() =>
        Assert.That(Names(), Is.SupersetOf(new[] { "progress", "hint", "watch", "run", "timeline", "compare", "reset", "solutions-branch", "report", "class", "check" }));

    [TestCaseSource(nameof(Names))]
    public void Dispatch_CommandWithHelp_PrintsItsDescriptionAndUsage(string name)
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run(name, "--help"), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.StartWith("DESCRIPTION:").And.Contain($"USAGE:\n    ./kata {name}"));
        Assert.That(Commands.Find(name)!.Summary, Is.Not.Empty);
    }

    [Test]
    public void Dispatch_LowerHelp_KeepsTheExamplesAndOptions()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        cli.Run("help", "lower");

        Assert.That(cli.Out.ToString(), Does.Contain("EXAMPLES:\n    ./kata lower 10\n    ./kata lower 10 --method C\n    ./kata lower 08 --solution")
            .And.Contain("--method <NAME>").And.Contain("only this method: its name (C), or Type.Method (Reference.C)"));
    }

    [Test]
    public void Dispatch_Help_ListsTheCommandsByAudience()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("help"), Is.Zero);
        Assert.That(cli.Out.ToString(), Does.Match(@"Learners:\n(.*\n)*    lower +NN: what the compiler made(.*\n)*Instructors:\n(.*\n)*    class (.*\n)*Maintainers:\n    check "));
        Assert.That(cli.Out.ToString(), Does.Contain("With no command: your progress."));
    }

    [Test]
    public void Dispatch_UnknownCommand_ExitsTwoOnStderr()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("fly"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("Unknown command 'fly'").And.Contain("./kata help"));
        Assert.That(cli.Out.ToString(), Is.Empty);
    }

    [Test]
    public void Dispatch_MistypedCommand_SuggestsTheNearest()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("progres"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("Did you mean 'progress'?"));
    }

    [Test]
    public void Dispatch_UnknownOption_ExitsTwo()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("progress", "--fast"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("Unknown option 'fast'"));
    }

    [Test]
    public void Dispatch_OptionThatIsNotANumber_SaysSoPlainly()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("watch", "01", "--interval", "abc"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("kata: 'abc' is not a number.").And.Not.Contain("Int32"));
    }

    [Test]
    public void Dispatch_KataNamedByItsSlug_SuggestsItsNumber()
    {
        using var repo = new ScratchRepo();
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("hint", "warmup"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("there is no kata 'warmup'. Did you mean 01 (01-loop-warmup)? The katas are 01."));
    }

    [Test]
    public void Help_ClassCommand_WarnsThatLearnersCodeIsUntrusted() =>
        Assert.That(Commands.Find("class")!.Description, Does.Contain("untrusted"));
}

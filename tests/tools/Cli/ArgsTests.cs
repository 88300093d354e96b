namespace ContinuationKatas.Tool.Tests;

public sealed class ArgsTests
{
    [Test]
    public void Parse_FlagsOptionsAndWords_SeparatesThem()
    {
        var args = Args.Parse(["02", "--solution", "--speed", "10", "--out=x.svg"], ["--solution"], ["--speed", "--out"]);

        Assert.That(args.Error, Is.Null);
        Assert.That(args.Positional, Is.EqualTo(new[] { "02" }));
        Assert.That(args.Has("--solution"), Is.True);
        Assert.That((args.Option("--speed"), args.Option("--out")), Is.EqualTo(("10", "x.svg")));
    }

    [Test]
    public void Parse_UnknownOption_IsAnError() =>
        Assert.That(Args.Parse(["--fast"], ["--all"]).Error, Is.EqualTo("unknown option '--fast'."));

    [Test]
    public void Parse_OptionWithoutValue_IsAnError() =>
        Assert.That(Args.Parse(["--speed"], [], ["--speed"]).Error, Is.EqualTo("--speed needs a value."));

    [Test]
    public void Parse_FlagAbsent_HasIsFalse() =>
        Assert.That(Args.Parse(["02"], ["--all"]).Has("--all"), Is.False);
}

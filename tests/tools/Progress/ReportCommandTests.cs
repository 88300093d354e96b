using System.Text.Json;

namespace ContinuationKatas.Tool.Tests;

public sealed class ReportCommandTests
{
    [Test]
    public void Run_Json_GivesStatusAndFailingTestsPerKata()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.Pass("A"), Fakes.Fail("B", "\"🐶🐷!\" came at 7000 ms\nmore"));
        var cli = new Cli(repo.Root);

        Assert.That(cli.Run("report", "--json"), Is.Zero);

        using var json = JsonDocument.Parse(cli.Out.ToString());
        var kata = json.RootElement.GetProperty("katas")[0];
        Assert.That(json.RootElement.GetProperty("solved").GetInt32(), Is.Zero);
        Assert.That(kata.GetProperty("id").GetString(), Is.EqualTo("01-loop-warmup"));
        Assert.That(kata.GetProperty("status").GetString(), Is.EqualTo("failing"));
        Assert.That((kata.GetProperty("passed").GetInt32(), kata.GetProperty("tests").GetInt32()), Is.EqualTo((1, 2)));
        Assert.That(kata.GetProperty("failing")[0].GetProperty("name").GetString(), Is.EqualTo("B"));
        Assert.That(kata.GetProperty("failing")[0].GetProperty("message").GetString(), Is.EqualTo("\"🐶🐷!\" came at 7000 ms"));
    }

    [Test]
    public void Run_NoResultsYet_RunsTheTestsAndKeepsStdoutPureJson()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var tests = new FakeTestRunner { All = _ => Fakes.Results(("01-loop-warmup", [Fakes.Pass("A")])) };
        var cli = new Cli(repo.Root) { Tests = tests };

        cli.Run("report", "--json");

        using var json = JsonDocument.Parse(cli.Out.ToString());
        Assert.That(json.RootElement.GetProperty("katas")[0].GetProperty("status").GetString(), Is.EqualTo("solved"));
        Assert.That(tests.AllRuns, Has.Count.EqualTo(1));
    }

    [Test]
    public void Run_Text_ListsFailingTests()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.WriteResults("01-loop-warmup", Fakes.NotSolved("A"));
        var cli = new Cli(repo.Root);

        cli.Run("report");

        Assert.That(cli.Out.ToString(), Does.Contain("01-loop-warmup").And.Contain("not-started").And.Contain("✘ A: Not solved yet: Kata 01"));
    }
}

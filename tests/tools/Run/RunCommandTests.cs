using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Tests;
using Spectre.Console.Testing;

namespace ContinuationKatas.Tool.Tests;

/// <summary>run and timeline end to end, with this test assembly standing in for a built kata (no dotnet build).</summary>
public sealed class RunCommandTests
{
    private static Cli Cli(ScratchRepo repo, CancellationToken stop = default) =>
        new(repo.Root) { Builder = new FakeBuilder(typeof(SamplePrograms).Assembly.Location), Stop = stop };

    /// <summary>Kata 01 whose katas.json entry names its program, as the kit's does.</summary>
    private static ScratchRepo Repo()
    {
        var repo = new ScratchRepo().WithCompleteKata();
        repo.Write("katas.json", """
            { "grades": [ { "number": 1, "name": "callbacks" } ],
              "katas": [ { "id": "01-loop-warmup", "grade": 1, "title": "Loop warm-up", "minutes": 25,
                           "program": "ContinuationKatas.Tool.Tests.SamplePrograms.DogPig" } ] }
            """);
        return repo;
    }

    [Test]
    public void Run_Program_PrintsEachLineWithItsTime()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        Assert.That(cli.Run("run", "01", "--speed", "1000"), Is.Zero);

        // The real-clock path with a clock that never waits: every timer fires at its due time, exactly.
        var output = cli.Out.ToString();
        Assert.That(output, Does.Contain("Running katas/01-loop-warmup · SamplePrograms.DogPig on the real clock, 1000× faster; it takes 0.0 s."));
        Assert.That(output, Does.Contain("\n     0 ms  main: start\n     0 ms  main: end\n  5000 ms  🐶🐷!\n"));
        Assert.That(output, Does.Contain("Done: the program ended at 5000 ms of program time, after 0.0 s on the clock."));
    }

    [Test]
    public void Run_ClockRunsLate_PrintsTheLateTimeInTheSameColumn()
    {
        // The run that broke the old test: the thread came back 143 ms late, which at 1000× is 143 s of program time.
        using var repo = Repo();
        var late = new Queue<TimeSpan>([TimeSpan.Zero, TimeSpan.FromMilliseconds(143)]);
        var cli = new Cli(repo.Root)
        {
            Builder = new FakeBuilder(typeof(SamplePrograms).Assembly.Location),
            Time = new SteppingClock { Late = () => late.TryDequeue(out var next) ? next : TimeSpan.Zero },
        };

        Assert.That(cli.Run("run", "01", "--speed", "1000"), Is.Zero);

        var lines = cli.Out.ToString().Split('\n').Where(line => line.Contains(" ms  ", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Is.EqualTo(new[] { "     0 ms  main: start", "     0 ms  main: end", "148000 ms  🐶🐷!" }));
    }

    [TestCase(null, 6)]
    [TestCase(5000L, 6)]
    [TestCase(50_000L, 7)]
    [TestCase(148_023L, 8)]
    public void TimeWidth_ExpectedEnd_LeavesRoomForAHundredTimesLater(long? expectedEnd, int width)
    {
        Assert.That(LiveRun.TimeWidth(expectedEnd), Is.EqualTo(width));
    }

    [Test]
    public void Line_TimeWiderThanSixDigits_StaysInTheColumnChosenForTheRun()
    {
        var text = Rendered.Text(console =>
        {
            var live = new LiveRun(console, new SteppingClock(), 1, expectedEndMs: 50_000);
            live.Line(new TranscriptLine(0, "main: start"));
            live.Line(new TranscriptLine(1_480_230, "🐶🐷!"));
        });

        Assert.That(text, Is.EqualTo("      0 ms  main: start\n1480230 ms  🐶🐷!\n"));
    }

    [Test]
    public void Run_ProgramWithStaticState_StartsFreshAfterThePreview()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        cli.Run("run", "01", "--main", "Counted");

        Assert.That(cli.Out.ToString(), Does.Contain("ms  run 1\n").And.Not.Contain("run 2"));
    }

    [Test]
    public void Run_Stub_PrintsTheNextStepNotAStackTrace()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        Assert.That(cli.Run("run", "01", "--main", "Stub"), Is.EqualTo(1));

        var output = cli.Out.ToString();
        Assert.That(output, Does.Contain("     0 ms  main: start"));
        Assert.That(output, Does.Contain("Not solved yet: Kata 01 (sample), step 1: do it.\nStart with katas/01-loop-warmup/README.md; ./kata hint 01 gives a hint."));
        Assert.That(output, Does.Not.Contain("   at "));
    }

    [Test]
    public void Run_Solution_BuildsTheSolutionsFolder()
    {
        using var repo = Repo();
        var builder = new FakeBuilder(typeof(SamplePrograms).Assembly.Location);
        var cli = new Cli(repo.Root) { Builder = builder };

        cli.Run("run", "01", "--solution", "--speed", "1000");

        Assert.That(builder.Built, Is.EqualTo(new[] { Path.Combine(repo.Root, "solutions", "01-loop-warmup") }));
    }

    [Test]
    public void Run_StopAlreadyRequested_StopsCleanly()
    {
        using var repo = Repo();
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var cli = Cli(repo, stop.Token);

        Assert.That(cli.Run("run", "01", "--speed", "1000"), Is.EqualTo(130));
        Assert.That(cli.Out.ToString(), Does.Contain("Stopped (Ctrl+C)"));
    }

    [Test]
    public void Run_BuildFails_ShowsTheCompilerErrors()
    {
        using var repo = Repo();
        var cli = new Cli(repo.Root) { Builder = new FakeBuilder(null, "WarmUp.cs(3,1): error CS1002: ; expected") };

        Assert.That(cli.Run("run", "01"), Is.EqualTo(1));
        Assert.That(cli.Error.ToString(), Does.Contain("katas/01-loop-warmup does not build:\n  WarmUp.cs(3,1): error CS1002"));
    }

    [TestCase("0")]
    [TestCase("fast")]
    public void Run_BadSpeed_IsAUsageError(string speed)
    {
        using var repo = Repo();
        var cli = Cli(repo);

        Assert.That(cli.Run("run", "01", "--speed", speed), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("--speed needs a positive number"));
    }

    [Test]
    public void Run_UnknownProgram_ListsThePrograms()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        Assert.That(cli.Run("run", "01", "--main", "Nope"), Is.EqualTo(1));
        Assert.That(cli.Error.ToString(), Does.Contain("has no program 'Nope'. Programs: SamplePrograms.DogPig, SamplePrograms.Stub, SamplePrograms.WarmUp, SamplePrograms.Promised, SamplePrograms.Counted"));
    }

    [Test]
    public void Run_NoProgramNamedAndNoMain_SaysHowToPickOne()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("run", "01"), Is.EqualTo(1));
        Assert.That(cli.Error.ToString(), Does.Contain("has no public static Main(EventLoop). Programs: SamplePrograms.DogPig"));
    }

    [Test]
    public void Timeline_Program_PrintsTextAndWritesTheSvg()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        Assert.That(cli.Run("timeline", "01", "--out", "docs/images/t.svg"), Is.Zero);

        Assert.That(cli.Out.ToString(), Does.Contain("Timeline · kata 01 Loop warm-up · katas/01-loop-warmup · SamplePrograms.DogPig"));
        Assert.That(cli.Out.ToString(), Does.Contain("Picture: docs/images/t.svg"));
        Assert.That(repo.Read("docs/images/t.svg"), Does.StartWith("<svg "));
    }

    [Test]
    public void Timeline_DefaultOut_IsUnderArtifacts()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        cli.Run("timeline", "01", "--solution");

        Assert.That(repo.Exists("artifacts/timeline-01-solution.svg"), Is.True);
    }

    [Test]
    public void Timeline_Stub_SaysNotSolvedAndOffersTheSolution()
    {
        using var repo = Repo();
        var cli = Cli(repo);

        Assert.That(cli.Run("timeline", "01", "--main", "Stub"), Is.EqualTo(1));
        Assert.That(cli.Out.ToString(), Does.Contain("Not solved yet: Kata 01 (sample)").And.Contain("./kata timeline 01 --solution"));
    }

    [Test]
    public void Describe_KnownEnd_SaysHowFarOfHowLong() =>
        Assert.That(LiveRun.Describe(2500, 5000), Is.EqualTo("2.5 s of 5.0 s  waiting for the next callback …"));

    [Test]
    public void Describe_UnknownEnd_SaysHowFar() =>
        Assert.That(LiveRun.Describe(2500, null), Is.EqualTo("2.5 s  waiting for the next callback …"));

    [Test]
    public void Run_Live_DrawsTheProgressBarBelowTheLinesAndClearsIt()
    {
        using var console = new TestConsole().Width(80).Interactive().EmitAnsiSequences();
        console.Profile.Capabilities.Unicode = true;
        var live = new LiveRun(console, new SteppingClock(), 1, expectedEndMs: 5000);

        var outcome = live.Run(
            () =>
            {
                live.Line(new TranscriptLine(0, "main: start"));
                return new RunOutcome(null, null, Stopped: false);
            },
            live: true);

        Assert.That(outcome.Stopped, Is.False);
        Assert.That(console.Output, Does.Contain("     0 ms  main: start").And.Contain("━").And.Contain("of 5.0 s  waiting for the next callback …"));
    }
}

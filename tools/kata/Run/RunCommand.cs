using System.ComponentModel;
using System.Globalization;
using ContinuationKatas.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata run NN`: runs the kata's program on the real clock, so the learner watches the seconds go by.</summary>
internal sealed class RunCommand : OneKataCommand<RunCommand, RunCommand.Settings>, IKataCommand
{
    public static string Name => "run";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "NN: run a kata's program on the real clock and watch the 2 s and 5 s go by (--speed N)";

    public static string Description => """
        Builds kata NN and runs its program on the real clock (the tests use virtual time, so they
        finish at once). Each line appears when it happens, stamped with the program's time as in the
        approved transcripts; in between, a bar shows the waiting. Ctrl+C stops it.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["run", "02"],
        ["run", "02", "--speed", "10"],
        ["run", "02", "--solution"],
    ];

    protected override int Run(CommandContext context, Settings settings, KataInfo kata)
    {
        var speed = settings.Factor;
        var solution = settings.Solution;
        context.Console.WriteLine($"Building {(solution ? "solutions" : "katas")}/{kata.Id} …", Styles.Quiet);
        var program = KataProgram.Load(context, kata, solution, settings.Main, out var problem);
        if (program is null)
        {
            context.Error.WriteLine($"kata run: {problem}");
            return 1;
        }

        using var stop = StopSignal.Listen(context);

        // The same program on the virtual clock first: it finishes at once and says how long the real run takes.
        var preview = ProgramRunner.Run(program.Main(), LoopOptions.Default, stop.Token, TimeSpan.FromSeconds(2));
        var expectedEnd = preview.Transcript?.EndedAtMs;
        var faster = speed == 1 ? string.Empty : $", {speed.ToString(CultureInfo.InvariantCulture)}× faster";
        var length = expectedEnd is { } end ? $"; it takes {end / speed / 1000:0.0} s" : string.Empty;
        context.Console.WriteLine($"Running {program.Folder} · {program.Name} on the real clock{faster}{length}. Ctrl+C stops it.");
        context.Console.WriteLine();

        var live = new LiveRun(context.Console, context.Time, speed, expectedEnd);
        var options = new LoopOptions { Clock = ClockMode.Real, Speed = speed, RealClock = context.Time, OnLine = live.Line };
        var outcome = live.Run(() => ProgramRunner.Run(program.Main(), options, stop.Token), context.Interactive);
        context.Console.WriteLine();
        if (outcome.Stopped)
        {
            context.Console.WriteLine($"Stopped (Ctrl+C) after {live.Elapsed.TotalSeconds:0.0} s, at about {live.ProgramMs} ms of program time.");
            return 130;
        }

        if (outcome.Error is not null)
        {
            context.Console.WriteLine(outcome.Explain(kata), outcome.NotSolved is null ? Styles.Bad : Styles.Attention);
            return 1;
        }

        context.Console.WriteLine(
            $"Done: the program ended at {outcome.Transcript!.EndedAtMs} ms of program time, after {live.Elapsed.TotalSeconds:0.0} s on the clock.", Styles.Good);
        context.Console.WriteLine($"Times here are read off the real clock, so they drift by a few ms (times the speed-up); the tests ran the same program on virtual time, exactly, in well under a millisecond. A picture of it: ./kata timeline {kata.Code}{(solution ? " --solution" : string.Empty)}", Styles.Quiet);
        return 0;
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : KataSettings
    {
        [CommandOption("--solution")]
        [Description("run the reference solution (solutions/NN-*) instead of yours")]
        public bool Solution { get; set; }

        [CommandOption("--speed <N>")]
        [Description("run N times faster (e.g. 10: the 5 s program takes half a second)")]
        [DefaultValue("1")]
        public string Speed { get; set; } = "1";

        [CommandOption("--main <NAME>")]
        [Description("run another program of the kata, e.g. --main MainComposed")]
        public string? Main { get; set; }

        /// <summary>--speed as a number: how many times faster than the real clock.</summary>
        public double Factor => double.TryParse(Speed, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) ? factor : double.NaN;

        public override ValidationResult Validate() => Factor is > 0 && !double.IsInfinity(Factor)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--speed needs a positive number, not '{Speed}'.");
    }
}

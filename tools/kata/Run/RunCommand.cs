using System.Globalization;
using ContinuationKatas.Runtime;
using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>`kata run NN`: runs the kata's program on the real clock, so the learner watches the seconds go by.</summary>
internal sealed class RunCommand : ICommand
{
    public string Name => "run";

    public int Order => 40;

    public string Summary => "NN: run a kata's program on the real clock and watch the 2 s and 5 s go by (--speed N)";

    public string Help => """
        kata run NN [--solution] [--speed N] [--main NAME]

        Builds kata NN and runs its program on the real clock (the tests use virtual time, so they
        finish at once). Each line appears when it happens, stamped with the program's time as in the
        approved transcripts; in between, a bar shows the waiting. Ctrl+C stops it.

          --solution   run the reference solution (solutions/NN-*) instead of yours
          --speed N    run N times faster (e.g. 10: the 5 s program takes half a second)
          --main NAME  run another program of the kata, e.g. --main MainComposed
        """;

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = Args.Parse(args, ["--solution"], ["--speed", "--main"]);
        if (parsed.Error is not null || parsed.Positional.Count != 1)
        {
            return CommandLine.UsageError(context, this, parsed.Error ?? "which kata? Give its number, e.g. 02.");
        }

        var speed = 1.0;
        if (parsed.Option("--speed") is { } text &&
            (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out speed) || speed <= 0 || double.IsInfinity(speed)))
        {
            return CommandLine.UsageError(context, this, $"--speed needs a positive number, not '{text}'.");
        }

        var kata = CommandLine.FindKata(context, this, parsed.Positional[0]);
        if (kata is null)
        {
            return 2;
        }

        var solution = parsed.Has("--solution");
        context.Console.WriteLine($"Building {(solution ? "solutions" : "katas")}/{kata.Id} …", Styles.Quiet);
        var program = KataProgram.Load(context, kata, solution, parsed.Option("--main"), out var problem);
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
}

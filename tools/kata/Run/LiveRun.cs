using System.Globalization;
using ContinuationKatas.Runtime;
using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>
/// The live view of a real-clock run: each line as it is logged, stamped with the program's time, and on a
/// terminal a Spectre.Console progress display below it (spinner, bar, seconds) that shows the waiting in between.
/// </summary>
internal sealed class LiveRun
{
    private const int BarWidth = 24;
    private readonly IAnsiConsole console;
    private readonly double speed;
    private readonly long? expectedEndMs;
    private readonly TimeProvider clock;
    private readonly int timeWidth;
    private long started;

    public LiveRun(IAnsiConsole console, TimeProvider clock, double speed, long? expectedEndMs)
    {
        this.console = console;
        this.clock = clock;
        this.speed = speed;
        this.expectedEndMs = expectedEndMs;
        started = clock.GetTimestamp();
        timeWidth = TimeWidth(expectedEndMs);
    }

    /// <summary>The program's time so far, by the real clock and the speed.</summary>
    public long ProgramMs => (long)(Elapsed.TotalMilliseconds * speed);

    public TimeSpan Elapsed => clock.GetElapsedTime(started);

    /// <summary>
    /// How wide the time column is. Lines are printed as they happen, so the width is chosen up front: the
    /// approved files' six columns, or two digits more than the expected end (when the preview run told it), which leaves room for a real
    /// clock that runs late by up to a hundred times the program's length. Only a later time still wider
    /// than that shifts its own line.
    /// </summary>
    public static int TimeWidth(long? expectedEndMs) =>
        expectedEndMs is { } end ? Math.Max(6, Math.Max(0, end).ToString(CultureInfo.InvariantCulture).Length + 2) : 6;

    /// <summary>What the progress display says beside its bar: the program's time, of how much when known.</summary>
    public static string Describe(long programMs, long? expectedEndMs) =>
        expectedEndMs is { } end and > 0
            ? $"{programMs / 1000.0:0.0} s of {end / 1000.0:0.0} s  waiting for the next callback …"
            : $"{programMs / 1000.0:0.0} s  waiting for the next callback …";

    /// <summary>Prints a logged line (called on the loop's thread, as it happens); a live display stays below it.</summary>
    public void Line(TranscriptLine line)
    {
        console.WriteLine(line.ToString(timeWidth));
    }

    /// <summary>Runs <paramref name="run"/>, with the progress display below the lines when <paramref name="live"/>.</summary>
    public RunOutcome Run(Func<RunOutcome> run, bool live)
    {
        ArgumentNullException.ThrowIfNull(run);
        started = clock.GetTimestamp();
        if (!live)
        {
            return run();
        }

        var end = expectedEndMs is > 0 ? expectedEndMs.Value : 0;
        return console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new ProgressBarColumn { Width = BarWidth }, new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(progress =>
            {
                var task = progress.AddTask(Describe(0, expectedEndMs), maxValue: Math.Max(1, end));
                task.IsIndeterminate = end == 0;
                using var ticker = new Timer(
                    _ =>
                    {
                        var now = end == 0 ? ProgramMs : Math.Min(ProgramMs, end);
                        task.Value = now;
                        task.Description = Describe(now, expectedEndMs);
                    },
                    null,
                    TimeSpan.Zero,
                    TimeSpan.FromMilliseconds(100));
                var outcome = run();
                task.StopTask();
                return outcome;
            });
    }
}

using System.Globalization;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool;

/// <summary>
/// The live view of a real-clock run: each line as it is logged, stamped with the program's time, and on a
/// terminal a status line with a spinner and a bar that shows the waiting in between.
/// </summary>
internal sealed class LiveStatus : IDisposable
{
    private static readonly string[] Spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    private readonly TextWriter output;
    private readonly double speed;
    private readonly long? expectedEndMs;
    private readonly TimeProvider clock;
    private readonly long started;
    private readonly int timeWidth;
    private readonly Lock gate = new();
    private readonly Timer? ticker;
    private int frame;
    private bool finished;

    public LiveStatus(TextWriter output, TimeProvider clock, double speed, long? expectedEndMs, bool interactive)
    {
        this.output = output;
        this.clock = clock;
        this.speed = speed;
        this.expectedEndMs = expectedEndMs;
        started = clock.GetTimestamp();
        timeWidth = TimeWidth(expectedEndMs);
        if (interactive)
        {
            ticker = new Timer(_ => Redraw(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        }
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

    /// <summary>Prints a logged line (called on the loop's thread, as it happens).</summary>
    public void Line(TranscriptLine line)
    {
        lock (gate)
        {
            Clear();
            output.WriteLine(line.ToString(timeWidth));
            DrawStatus();
        }
    }

    /// <summary>Stops the status line and clears it.</summary>
    public void Finish()
    {
        ticker?.Dispose();
        lock (gate)
        {
            if (!finished)
            {
                Clear();
                finished = true;
            }
        }
    }

    public void Dispose() => Finish();

    /// <summary>The status text: spinner, program time, and a bar when the end is known.</summary>
    public static string Status(string spinner, long programMs, long? expectedEndMs)
    {
        var seconds = $"{programMs / 1000.0:0.0} s";
        if (expectedEndMs is not { } end || end <= 0)
        {
            return $"{spinner} {seconds}  waiting for the next callback …";
        }

        const int width = 24;
        var filled = (int)Math.Clamp(programMs * width / end, 0, width);
        return $"{spinner} [{new string('█', filled)}{new string('░', width - filled)}] {seconds} of {end / 1000.0:0.0} s  waiting for the next callback …";
    }

    private void Redraw()
    {
        lock (gate)
        {
            if (finished)
            {
                return;
            }

            Clear();
            DrawStatus();
        }
    }

    private void DrawStatus()
    {
        if (ticker is null || finished)
        {
            return;
        }

        var spinner = Spinner[frame++ % Spinner.Length];
        output.Write(Status(spinner, Math.Min(ProgramMs, expectedEndMs ?? long.MaxValue), expectedEndMs));
        output.Flush();
    }

    private void Clear()
    {
        if (ticker is not null)
        {
            output.Write("\r\u001b[2K");
        }
    }
}

using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>The timeline for the terminal: a row per event, a column per lane, time down the left.</summary>
internal static class TimelineText
{
    private const int MaxLaneWidth = 44;

    public static void Write(IAnsiConsole console, Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(timeline);
        var rows = new List<(string Time, Dictionary<string, string> Cells, int Step)>();
        long? lastTime = null;
        foreach (var step in timeline.Steps)
        {
            var time = lastTime == step.TimeMs ? string.Empty : $"{step.TimeMs,6} ms";
            lastTime = step.TimeMs;
            foreach (var segment in step.Segments)
            {
                var header = timeline.Resumes(segment.Lane, step.Index) ? $"▶ {step.Cause}: {timeline.Words.Continues}" : $"▶ {step.Cause}";
                rows.Add((time, new Dictionary<string, string> { [segment.Lane] = header }, step.Index));
                time = string.Empty;
                rows.AddRange(segment.Lines.Select(line => (string.Empty, new Dictionary<string, string> { [segment.Lane] = "│ " + line }, step.Index)));
                if (step.Segments[^1] == segment)
                {
                    rows.Add((string.Empty, new Dictionary<string, string> { [segment.Lane] = "└ " + Ending(timeline, segment.Lane, step.Index) }, step.Index));
                }
            }
        }

        if (timeline.Lanes.Contains(Timeline.DefaultLane) && rows.Count > 0 && timeline.IsSuspended(Timeline.DefaultLane, 0))
        {
            rows[0].Cells[Timeline.DefaultLane] = "┆ " + timeline.Words.CalledByMain;
        }

        // One grid: the time, then a column per lane as wide as its widest cell (at most MaxLaneWidth; longer cells end in "…").
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().Width(9).PadRight(2));
        foreach (var lane in timeline.Lanes)
        {
            var widest = rows.Select(row => row.Cells.TryGetValue(lane, out var cell) ? cell.GetCellWidth() : 0).Append(lane.GetCellWidth()).Max();
            grid.AddColumn(new GridColumn().NoWrap().Width(Math.Min(MaxLaneWidth - 2, widest)).PadRight(lane == timeline.Lanes[^1] ? 0 : 2));
        }

        grid.AddRow([new Text("time"), .. timeline.Lanes.Select(lane => new Text(lane))]);
        foreach (var (time, cells, step) in rows)
        {
            foreach (var lane in timeline.Lanes.Where(lane => !cells.ContainsKey(lane) && timeline.IsSuspended(lane, step)))
            {
                cells[lane] = "┆";
            }

            grid.AddRow([new Text(time), .. timeline.Lanes.Select(lane => new Text(cells.GetValueOrDefault(lane, string.Empty)) { Overflow = Overflow.Ellipsis })]);
        }

        console.WriteLine($"Timeline · {timeline.Title}");
        console.WriteLine();
        console.Write(grid);
        console.WriteLine();
        console.WriteLine("▶ a callback runs   │ what it logs   └ how it ends" + (timeline.Lanes.Contains(Timeline.DefaultLane) ? $"   ┆ {timeline.Words.Legend}" : string.Empty));
        if (timeline.Timers.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("timers");
            foreach (var timer in timeline.Timers)
            {
                console.WriteLine($"  #{timer.Id}  set at {timer.ScheduledAtMs} ms for {timer.DueAtMs - timer.ScheduledAtMs} ms  {Fate(timer)}");
            }
        }

        console.WriteLine();
        console.WriteLine($"The run ended at {timeline.EndMs} ms of virtual time.");
    }

    /// <summary>How a lane's block ends: main returns; c() suspends (in the rung's words) when it runs again later, else it is done.</summary>
    public static string Ending(Timeline timeline, string lane, int step)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var again = timeline.Steps.Skip(step + 1).Any(s => timeline.Active(lane, s.Index));
        return lane switch
        {
            Timeline.MainLane => "main returns",
            Timeline.DefaultLane => again ? timeline.Words.Ends : "done",
            _ => "returns to the loop",
        };
    }

    public static string Fate(TimelineTimer timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return timer switch
        {
            { FiredAtMs: { } fired } => $"→ fired at {fired} ms",
            { Cleared: true } => "→ cleared, never fired",
            _ => "→ never fired (the run ended first)",
        };
    }
}

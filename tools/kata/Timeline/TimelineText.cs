using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>The timeline for the terminal: a row per event, a column per lane, time down the left.</summary>
internal static class TimelineText
{
    private const int MaxLaneWidth = 44;

    public static string Render(Timeline timeline)
    {
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

        var widths = timeline.Lanes.ToDictionary(
            lane => lane,
            lane => Math.Min(MaxLaneWidth, rows.Select(row => row.Cells.TryGetValue(lane, out var cell) ? TextWidth.Of(cell) : 0).Append(TextWidth.Of(lane)).Max() + 2));
        var text = new StringBuilder();
        text.Append("Timeline · ").Append(timeline.Title).Append('\n').Append('\n');
        text.Append(Row("time", timeline.Lanes.ToDictionary(lane => lane, lane => lane), timeline.Lanes, widths)).Append('\n');
        foreach (var (time, cells, step) in rows)
        {
            foreach (var lane in timeline.Lanes.Where(lane => !cells.ContainsKey(lane) && timeline.IsSuspended(lane, step)))
            {
                cells[lane] = "┆";
            }

            text.Append(Row(time, cells, timeline.Lanes, widths)).Append('\n');
        }

        text.Append('\n').Append("▶ a callback runs   │ what it logs   └ how it ends");
        text.Append(timeline.Lanes.Contains(Timeline.DefaultLane) ? $"   ┆ {timeline.Words.Legend}\n" : "\n");
        if (timeline.Timers.Count > 0)
        {
            text.Append("\ntimers\n");
            foreach (var timer in timeline.Timers)
            {
                text.Append($"  #{timer.Id}  set at {timer.ScheduledAtMs} ms for {timer.DueAtMs - timer.ScheduledAtMs} ms  ").Append(Fate(timer)).Append('\n');
            }
        }

        text.Append($"\nThe run ended at {timeline.EndMs} ms of virtual time.\n");
        return text.ToString();
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

    private static string Row(string time, Dictionary<string, string> cells, IReadOnlyList<string> lanes, Dictionary<string, int> widths)
    {
        var row = new StringBuilder(TextWidth.PadRight(time, 9)).Append("  ");
        var last = lanes.Select((lane, i) => (lane, i)).Where(x => cells.ContainsKey(x.lane)).Select(x => x.i).DefaultIfEmpty(-1).Max();
        for (var i = 0; i <= last; i++)
        {
            var cell = cells.TryGetValue(lanes[i], out var value) ? TextWidth.Truncate(value, widths[lanes[i]] - 2) : string.Empty;
            row.Append(i == last ? cell : TextWidth.PadRight(cell, widths[lanes[i]]));
        }

        return row.ToString().TrimEnd();
    }
}

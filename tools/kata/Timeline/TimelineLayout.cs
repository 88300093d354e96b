using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>
/// Where everything of the SVG timeline goes: slot positions, lane heights, the timer rows and the axis. The
/// picture fits <see cref="MaxWidth"/>: when the steps and the time axis would be wider, the time axis shrinks
/// first, then the slots (their text wraps narrower); only a run with very many steps is drawn wider and
/// scaled down to fit (<see cref="DisplayWidth"/>).
/// </summary>
internal sealed class TimelineLayout
{
    /// <summary>The width the picture is made for (the README's browser window).</summary>
    public const double MaxWidth = 1200;

    public const double LabelWidth = 110;
    public const double Top = 78;
    public const double LineHeight = 15;
    public const double HeaderLineHeight = 13;

    /// <summary>Average widths of a character: 12 px monospace lines, 11 px bold headers, 11 px labels.</summary>
    public const double CharWidth = 7.3;
    public const double HeaderCharWidth = 6.7;
    public const double LabelCharWidth = 6.1;

    private const double RightMargin = 30;
    private const double MinWidth = 1000;
    private const double MinSlotWidth = 100;
    private const double MinTimeWidth = 120;
    private const int PreferredColumns = 26;

    private readonly Timeline timeline;
    private readonly double scale;

    public TimelineLayout(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        this.timeline = timeline;
        var widest = Lines(timeline).SelectMany(line => TimelineSvg.Wrap(line, PreferredColumns)).Select(line => line.GetCellWidth()).DefaultIfEmpty(0).Max();
        var causes = timeline.Steps.Select(s => Header(s.Index).GetCellWidth()).DefaultIfEmpty(0).Max();
        var preferred = Math.Clamp(Math.Max(26 + (CharWidth * widest), 26 + (HeaderCharWidth * causes)), 140, 300);
        var naturalTime = timeline.EndMs > 0 ? Math.Min(0.12 * timeline.EndMs, 640) : 0;
        var available = MaxWidth - LabelWidth - RightMargin;
        var count = Math.Max(1, timeline.Steps.Count);
        var timeWidth = naturalTime;
        SlotWidth = preferred;
        if ((count * preferred) + naturalTime > available)
        {
            timeWidth = Math.Min(naturalTime, Math.Max(MinTimeWidth, available - (count * preferred)));
            SlotWidth = Math.Max(MinSlotWidth, Math.Min(preferred, (available - timeWidth) / count));
        }

        scale = timeline.EndMs > 0 ? timeWidth / timeline.EndMs : 0;
        WrapColumns = Math.Max(8, (int)((SlotWidth - 26) / CharWidth));
        HeaderColumns = Math.Max(8, (int)((SlotWidth - 26) / HeaderCharWidth));
        var y = Top;
        foreach (var lane in timeline.Lanes)
        {
            LaneY.Add(y);
            LaneHeight.Add(timeline.Steps.Where(step => timeline.Active(lane, step.Index)).Select(step => BlockHeight(step.Index, lane)).DefaultIfEmpty(24).Max() + 16);
            y += LaneHeight[^1];
        }

        TimersY = y;
        AxisY = y + (timeline.Timers.Count == 0 ? 24 : 40 + (timeline.Timers.Count * 26));
        Width = Math.Max(MinWidth, SlotX(timeline.Steps.Count) + RightMargin);
        Height = AxisY + 66;
    }

    public double SlotWidth { get; }

    /// <summary>How many columns of a logged line fit in a block.</summary>
    public int WrapColumns { get; }

    /// <summary>How many columns of a block's header ("timer #1 fires → resumes") fit in a block.</summary>
    public int HeaderColumns { get; }

    public List<double> LaneY { get; } = [];

    public List<double> LaneHeight { get; } = [];

    public double TimersY { get; }

    public double AxisY { get; }

    /// <summary>The drawing's own width (its viewBox).</summary>
    public double Width { get; }

    public double Height { get; }

    /// <summary>The width it is shown at: never more than <see cref="MaxWidth"/>.</summary>
    public double DisplayWidth => Math.Min(Width, MaxWidth);

    public double DisplayHeight => Height * DisplayWidth / Width;

    /// <summary>A step's header: why it ran, and that it continues c() (in the rung's words) when it does.</summary>
    public string Header(int step) =>
        timeline.Resumes(Timeline.DefaultLane, step) && timeline.Active(Timeline.DefaultLane, step)
            ? $"{timeline.Steps[step].Cause} → {timeline.Words.Continues}"
            : timeline.Steps[step].Cause;

    /// <summary>The header of <paramref name="step"/>'s block in <paramref name="lane"/>, wrapped to the block.</summary>
    public IReadOnlyList<string> HeaderRows(int step, string lane)
    {
        var header = lane == Timeline.DefaultLane ? Header(step) : timeline.Steps[step].Cause;
        return [.. TimelineSvg.Wrap(header, HeaderColumns)];
    }

    /// <summary>What <paramref name="lane"/> logged in <paramref name="step"/>, wrapped to the block.</summary>
    public IReadOnlyList<string> Rows(int step, string lane) =>
        [.. timeline.Steps[step].Segments.Where(s => s.Lane == lane).SelectMany(s => s.Lines).SelectMany(line => TimelineSvg.Wrap(line, WrapColumns))];

    public double BlockHeight(int step, string lane) =>
        24 + (HeaderLineHeight * (HeaderRows(step, lane).Count - 1)) + (LineHeight * Rows(step, lane).Count);

    /// <summary>The left edge of step <paramref name="index"/>'s slot (or the end of the last one).</summary>
    public double SlotX(int index)
    {
        var time = index < timeline.Steps.Count ? timeline.Steps[index].TimeMs : timeline.EndMs;
        return LabelWidth + (index * SlotWidth) + (time * scale);
    }

    /// <summary>Where a time without a step of its own goes: after the steps before it, by time.</summary>
    public double TimeX(long time)
    {
        var before = timeline.Steps.Count(step => step.TimeMs <= time);
        return LabelWidth + (before * SlotWidth) + (time * scale);
    }

    private static IEnumerable<string> Lines(Timeline timeline) => timeline.Steps.SelectMany(s => s.Segments).SelectMany(s => s.Lines);
}

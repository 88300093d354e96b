using System.Globalization;
using System.Security;
using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>
/// The timeline as a standalone SVG: a lane per function, blocks where it runs, dashed lines where it is
/// suspended, timer bars from setTimeout to firing with an arrow to what they resume, virtual time along
/// the axis. Each callback gets a slot of its own, so events at the same instant stand side by side.
/// </summary>
internal static class TimelineSvg
{
    private const double LabelWidth = 110;
    private const double CharWidth = 7.3;
    private const int WrapColumns = 26;
    private const double LineHeight = 15;
    private const double Top = 78;

    private static readonly (string Fill, string Stroke)[] Palette =
        [("#dbeafe", "#1d4ed8"), ("#ffedd5", "#c2410c"), ("#dcfce7", "#15803d"), ("#f3e8ff", "#7e22ce"), ("#fef9c3", "#a16207")];

    public static string Render(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var layout = new Layout(timeline);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(layout.Width)}" height="{N(layout.Height)}" viewBox="0 0 {N(layout.Width)} {N(layout.Height)}" font-family="'Segoe UI', Helvetica, Arial, sans-serif">""").Append('\n');
        svg.Append("<title>").Append(Escape("Timeline · " + timeline.Title)).Append("</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="100%" height="100%" fill="#ffffff"/>""").Append('\n');
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4b5563\"/></marker></defs>\n");
        Text(svg, 16, 28, "Timeline · " + timeline.Title, 16, "#111827", "bold");
        Text(svg, 16, 48, "Virtual time runs left to right; each callback the loop runs gets a slot, so callbacks at the same instant stand side by side.", 12, "#4b5563");
        Lanes(svg, timeline, layout);
        Timers(svg, timeline, layout);
        Axis(svg, timeline, layout);
        Legend(svg, layout);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Lanes(StringBuilder svg, Timeline timeline, Layout layout)
    {
        for (var l = 0; l < timeline.Lanes.Count; l++)
        {
            var lane = timeline.Lanes[l];
            var (fill, stroke) = Palette[Math.Min(l, Palette.Length - 1)];
            var y = layout.LaneY[l];
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="8" y1="{N(y)}" x2="{N(layout.Width - 8)}" y2="{N(y)}" stroke="#e5e7eb"/>""").Append('\n');
            Text(svg, 16, y + (layout.LaneHeight[l] / 2) + 5, lane, 14, stroke, "bold");
            double? suspendedFrom = lane == Timeline.DefaultLane && timeline.Steps.Count > 0 && timeline.Steps[0].Kind == ContinuationKatas.Runtime.CallbackKind.Main && !timeline.Active(lane, 0)
                ? layout.SlotX(0) + (layout.SlotWidth / 2)
                : null;
            var middle = y + 20;
            foreach (var step in timeline.Steps.Where(step => timeline.Active(lane, step.Index)))
            {
                var x = layout.SlotX(step.Index) + 6;
                if (suspendedFrom is { } from)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(from)}" y1="{N(middle)}" x2="{N(x)}" y2="{N(middle)}" stroke="{stroke}" stroke-width="2" stroke-dasharray="6 5"/>""").Append('\n');
                    if (lane == Timeline.DefaultLane && x - from > 130)
                    {
                        Text(svg, from + 8, middle - 7, "suspended: awaits", 11, "#6b7280", "normal", "italic");
                    }
                }

                var rows = timeline.Steps[step.Index].Segments.Where(s => s.Lane == lane).SelectMany(s => s.Lines).SelectMany(Wrap).ToList();
                var height = layout.BlockHeight(rows.Count);
                var top = y + 8;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(x)}" y="{N(top)}" width="{N(layout.SlotWidth - 12)}" height="{N(height)}" rx="6" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>""").Append('\n');
                var cause = timeline.Resumes(lane, step.Index) ? $"{step.Cause} → resumes" : step.Cause;
                Text(svg, x + 7, top + 15, cause, 11, stroke, "bold");
                for (var r = 0; r < rows.Count; r++)
                {
                    Text(svg, x + 7, top + 32 + (r * LineHeight), rows[r], 12, "#111827", "normal", "normal", mono: true);
                }

                var again = timeline.Steps.Skip(step.Index + 1).Any(s => timeline.Active(lane, s.Index));
                suspendedFrom = lane == Timeline.DefaultLane && again ? x + layout.SlotWidth - 12 : null;
            }
        }
    }

    private static void Timers(StringBuilder svg, Timeline timeline, Layout layout)
    {
        if (timeline.Timers.Count == 0)
        {
            return;
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="8" y1="{N(layout.TimersY)}" x2="{N(layout.Width - 8)}" y2="{N(layout.TimersY)}" stroke="#e5e7eb"/>""").Append('\n');
        Text(svg, 16, layout.TimersY + 22, "timers", 14, "#374151", "bold");
        for (var i = 0; i < timeline.Timers.Count; i++)
        {
            var timer = timeline.Timers[i];
            var y = layout.TimersY + 28 + (i * 26);
            var start = timer.ScheduledInStep is { } s ? layout.SlotX(s) + (layout.SlotWidth / 2) : layout.TimeX(timer.ScheduledAtMs);
            var end = timer.FiredInStep is { } f ? layout.SlotX(f) + 6 : layout.TimeX(timer.DueAtMs);
            var color = timer.FiredAtMs is null ? "#9ca3af" : "#4b5563";
            var dash = timer.FiredAtMs is null ? " stroke-dasharray=\"4 4\"" : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(start)}" cy="{N(y)}" r="3.5" fill="{color}"/>""").Append('\n');
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(start)}" y1="{N(y)}" x2="{N(end)}" y2="{N(y)}" stroke="{color}" stroke-width="2.5"{dash} marker-end="url(#arrow)"/>""").Append('\n');
            var label = $"#{timer.Id} setTimeout {timer.DueAtMs - timer.ScheduledAtMs} ms {TimelineText.Fate(timer)}";
            Text(svg, start + 8, y - 5, label, 11, "#374151");
            if (timer.FiredInStep is { } fired)
            {
                var lane = timeline.Lanes.ToList().IndexOf(timeline.Steps[fired].Segments[0].Lane);
                var rows = timeline.Steps[fired].Segments.Where(seg => seg.Lane == timeline.Lanes[lane]).SelectMany(seg => seg.Lines).SelectMany(Wrap).Count();
                var blockBottom = layout.LaneY[lane] + 8 + layout.BlockHeight(rows);
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(end + 4)}" y1="{N(y - 2)}" x2="{N(end + 4)}" y2="{N(blockBottom + 2)}" stroke="#4b5563" stroke-width="1.2" stroke-dasharray="2 3" marker-end="url(#arrow)"/>""").Append('\n');
            }
        }
    }

    private static void Axis(StringBuilder svg, Timeline timeline, Layout layout)
    {
        var y = layout.AxisY;
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(LabelWidth)}" y1="{N(y)}" x2="{N(layout.Width - 16)}" y2="{N(y)}" stroke="#111827" stroke-width="1.5" marker-end="url(#arrow)"/>""").Append('\n');
        Text(svg, 16, y + 5, "virtual time", 12, "#374151", "bold");
        long? last = null;
        foreach (var step in timeline.Steps)
        {
            if (step.TimeMs == last)
            {
                continue;
            }

            last = step.TimeMs;
            var x = layout.SlotX(step.Index);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(y - 5)}" x2="{N(x)}" y2="{N(y + 5)}" stroke="#111827" stroke-width="1.5"/>""").Append('\n');
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(Top)}" x2="{N(x)}" y2="{N(y - 5)}" stroke="#d1d5db" stroke-dasharray="2 4"/>""").Append('\n');
            Text(svg, x + 2, y + 20, $"{step.TimeMs} ms", 12, "#111827", "bold");
        }
    }

    private static void Legend(StringBuilder svg, Layout layout)
    {
        var y = layout.AxisY + 46;
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="16" y="{N(y - 11)}" width="26" height="14" rx="3" fill="#ffedd5" stroke="#c2410c"/>""").Append('\n');
        Text(svg, 48, y, "runs (a callback of the loop)", 12, "#374151");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="236" y1="{N(y - 4)}" x2="266" y2="{N(y - 4)}" stroke="#c2410c" stroke-width="2" stroke-dasharray="6 5"/>""").Append('\n');
        Text(svg, 272, y, "suspended: awaits, the thread does other work", 12, "#374151");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="600" y1="{N(y - 4)}" x2="636" y2="{N(y - 4)}" stroke="#4b5563" stroke-width="2.5" marker-end="url(#arrow)"/>""").Append('\n');
        Text(svg, 644, y, "timer: setTimeout → fires, resumes what waited", 12, "#374151");
    }

    /// <summary>Splits a logged line into pieces of at most <see cref="WrapColumns"/> columns, at spaces where it can.</summary>
    public static IEnumerable<string> Wrap(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (TextWidth.Of(candidate) <= WrapColumns || current.Length == 0)
            {
                current.Clear().Append(candidate);
                continue;
            }

            yield return current.ToString();
            current.Clear().Append(word);
        }

        yield return current.ToString();
    }

    private static void Text(StringBuilder svg, double x, double y, string text, int size, string color, string weight = "normal", string style = "normal", bool mono = false)
    {
        var family = mono ? " font-family=\"ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'\"" : string.Empty;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{N(y)}" font-size="{size}" fill="{color}" font-weight="{weight}" font-style="{style}"{family}>{Escape(text)}</text>""").Append('\n');
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Where everything goes: slot positions, lane heights, the timer rows and the axis.</summary>
    private sealed class Layout
    {
        private readonly Timeline timeline;
        private readonly double scale;

        public Layout(Timeline timeline)
        {
            this.timeline = timeline;
            var widest = timeline.Steps.SelectMany(s => s.Segments).SelectMany(s => s.Lines).SelectMany(Wrap).Select(TextWidth.Of).DefaultIfEmpty(0).Max();
            var causes = timeline.Steps.Select(s => s.Cause.Length + " → resumes".Length).DefaultIfEmpty(0).Max();
            SlotWidth = Math.Clamp(Math.Max(26 + (CharWidth * widest), 24 + (6.7 * causes)), 140, 300);
            scale = timeline.EndMs > 0 ? Math.Min(0.12, 640.0 / timeline.EndMs) : 0;
            var y = Top;
            foreach (var lane in timeline.Lanes)
            {
                var rows = timeline.Steps.Select(step => step.Segments.Where(s => s.Lane == lane).SelectMany(s => s.Lines).SelectMany(Wrap).Count()).DefaultIfEmpty(0).Max();
                LaneY.Add(y);
                LaneHeight.Add(BlockHeight(rows) + 16);
                y += LaneHeight[^1];
            }

            TimersY = y;
            AxisY = y + (timeline.Timers.Count == 0 ? 24 : 40 + (timeline.Timers.Count * 26));
            Width = Math.Max(1000, SlotX(timeline.Steps.Count) + 30);
            Height = AxisY + 66;
        }

        public double SlotWidth { get; }

        public List<double> LaneY { get; } = [];

        public List<double> LaneHeight { get; } = [];

        public double TimersY { get; }

        public double AxisY { get; }

        public double Width { get; }

        public double Height { get; }

        public double BlockHeight(int rows) => 24 + (LineHeight * rows);

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
    }
}

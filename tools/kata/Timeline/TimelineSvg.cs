using System.Globalization;
using System.Security;
using System.Text;
using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>
/// The timeline as a standalone SVG: a lane per function, blocks where it runs, dashed lines where c() waits
/// between its callbacks (in the rung's words: <see cref="TimelineWords"/>), timer bars from setTimeout to firing
/// with an arrow to the callback they run, virtual time along the axis. Each callback gets a slot of its own, so
/// events at the same instant stand side by side. It fits 1200 pixels (<see cref="TimelineLayout"/>).
/// </summary>
internal static class TimelineSvg
{
    /// <summary>The text fonts, with emoji fonts after them so 🐶 and 🐷 are drawn on any system that has one.</summary>
    private const string Sans = "'Segoe UI', Helvetica, Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'";
    private const string Mono = "ui-monospace, Menlo, Consolas, 'DejaVu Sans Mono', monospace, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'";

    private static readonly (string Fill, string Stroke)[] Palette =
        [("#dbeafe", "#1d4ed8"), ("#ffedd5", "#c2410c"), ("#dcfce7", "#15803d"), ("#f3e8ff", "#7e22ce"), ("#fef9c3", "#a16207")];

    public static string Render(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var layout = new TimelineLayout(timeline);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(layout.DisplayWidth)}" height="{N(layout.DisplayHeight)}" viewBox="0 0 {N(layout.Width)} {N(layout.Height)}" font-family="{Sans}">""").Append('\n');
        svg.Append("<title>").Append(Escape("Timeline · " + timeline.Title)).Append("</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="100%" height="100%" fill="#ffffff"/>""").Append('\n');
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#4b5563\"/></marker></defs>\n");
        Text(svg, 16, 28, "Timeline · " + timeline.Title, 16, "#111827", "bold");
        Text(svg, 16, 48, "Virtual time runs left to right; each callback the loop runs gets a slot, so callbacks at the same instant stand side by side.", 12, "#4b5563");
        Lanes(svg, timeline, layout);
        Timers(svg, timeline, layout);
        Axis(svg, timeline, layout);
        Legend(svg, timeline, layout);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Lanes(StringBuilder svg, Timeline timeline, TimelineLayout layout)
    {
        for (var l = 0; l < timeline.Lanes.Count; l++)
        {
            var lane = timeline.Lanes[l];
            var (fill, stroke) = Palette[Math.Min(l, Palette.Length - 1)];
            var y = layout.LaneY[l];
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="8" y1="{N(y)}" x2="{N(layout.Width - 8)}" y2="{N(y)}" stroke="#e5e7eb"/>""").Append('\n');
            Text(svg, 16, y + (layout.LaneHeight[l] / 2) + 5, lane, 14, stroke, "bold");
            double? waitingFrom = lane == Timeline.DefaultLane && timeline.Steps.Count > 0 && timeline.Steps[0].Kind == ContinuationKatas.Runtime.CallbackKind.Main && !timeline.Active(lane, 0)
                ? layout.SlotX(0) + (layout.SlotWidth / 2)
                : null;
            var middle = y + 20;
            foreach (var step in timeline.Steps.Where(step => timeline.Active(lane, step.Index)))
            {
                var x = layout.SlotX(step.Index) + 6;
                if (waitingFrom is { } from)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(from)}" y1="{N(middle)}" x2="{N(x)}" y2="{N(middle)}" stroke="{stroke}" stroke-width="2" stroke-dasharray="6 5"/>""").Append('\n');
                    if (lane == Timeline.DefaultLane && x - from > LabelWidth(timeline.Words.Waiting) + 16)
                    {
                        Text(svg, from + 8, middle - 7, timeline.Words.Waiting, 11, "#6b7280", "normal", "italic");
                    }
                }

                var header = layout.HeaderRows(step.Index, lane);
                var rows = layout.Rows(step.Index, lane);
                var top = y + 8;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(x)}" y="{N(top)}" width="{N(layout.SlotWidth - 12)}" height="{N(layout.BlockHeight(step.Index, lane))}" rx="6" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>""").Append('\n');
                for (var h = 0; h < header.Count; h++)
                {
                    Text(svg, x + 7, top + 15 + (h * TimelineLayout.HeaderLineHeight), header[h], 11, stroke, "bold");
                }

                var first = top + 32 + ((header.Count - 1) * TimelineLayout.HeaderLineHeight);
                for (var r = 0; r < rows.Count; r++)
                {
                    Text(svg, x + 7, first + (r * TimelineLayout.LineHeight), rows[r], 12, "#111827", "normal", "normal", mono: true);
                }

                var again = timeline.Steps.Skip(step.Index + 1).Any(s => timeline.Active(lane, s.Index));
                waitingFrom = lane == Timeline.DefaultLane && again ? x + layout.SlotWidth - 12 : null;
            }
        }
    }

    private static void Timers(StringBuilder svg, Timeline timeline, TimelineLayout layout)
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
            Text(svg, Math.Min(start + 8, layout.Width - 8 - LabelWidth(label)), y - 5, label, 11, "#374151");
            if (timer.FiredInStep is { } fired)
            {
                var lane = timeline.Steps[fired].Segments[0].Lane;
                var blockBottom = layout.LaneY[timeline.Lanes.ToList().IndexOf(lane)] + 8 + layout.BlockHeight(fired, lane);
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(end + 4)}" y1="{N(y - 2)}" x2="{N(end + 4)}" y2="{N(blockBottom + 2)}" stroke="#4b5563" stroke-width="1.2" stroke-dasharray="2 3" marker-end="url(#arrow)"/>""").Append('\n');
            }
        }
    }

    private static void Axis(StringBuilder svg, Timeline timeline, TimelineLayout layout)
    {
        var y = layout.AxisY;
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(TimelineLayout.LabelWidth)}" y1="{N(y)}" x2="{N(layout.Width - 16)}" y2="{N(y)}" stroke="#111827" stroke-width="1.5" marker-end="url(#arrow)"/>""").Append('\n');
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
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(TimelineLayout.Top)}" x2="{N(x)}" y2="{N(y - 5)}" stroke="#d1d5db" stroke-dasharray="2 4"/>""").Append('\n');
            Text(svg, x + 2, y + 20, $"{step.TimeMs} ms", 12, "#111827", "bold");
        }
    }

    private static void Legend(StringBuilder svg, Timeline timeline, TimelineLayout layout)
    {
        var y = layout.AxisY + 46;
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="16" y="{N(y - 11)}" width="26" height="14" rx="3" fill="#ffedd5" stroke="#c2410c"/>""").Append('\n');
        Text(svg, 48, y, "runs (a callback of the loop)", 12, "#374151");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="236" y1="{N(y - 4)}" x2="266" y2="{N(y - 4)}" stroke="#c2410c" stroke-width="2" stroke-dasharray="6 5"/>""").Append('\n');
        Text(svg, 272, y, timeline.Words.Legend, 12, "#374151");
        var timerX = 272 + Math.Max(328, (LabelWidth(timeline.Words.Legend) * 12 / 11) + 24);
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(timerX)}" y1="{N(y - 4)}" x2="{N(timerX + 36)}" y2="{N(y - 4)}" stroke="#4b5563" stroke-width="2.5" marker-end="url(#arrow)"/>""").Append('\n');
        Text(svg, timerX + 44, y, "timer: setTimeout → fires; the arrow points at the callback it runs", 12, "#374151");
    }

    /// <summary>Splits a line into pieces of at most <paramref name="columns"/> columns, at spaces where it can.</summary>
    public static IEnumerable<string> Wrap(string line, int columns)
    {
        ArgumentNullException.ThrowIfNull(line);
        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (candidate.GetCellWidth() <= columns || current.Length == 0)
            {
                current.Clear().Append(candidate);
                continue;
            }

            yield return current.ToString();
            current.Clear().Append(word);
        }

        yield return current.ToString();
    }

    /// <summary>About how wide an 11 px label is.</summary>
    private static double LabelWidth(string text) => text.GetCellWidth() * TimelineLayout.LabelCharWidth;

    private static void Text(StringBuilder svg, double x, double y, string text, int size, string color, string weight = "normal", string style = "normal", bool mono = false)
    {
        var family = mono ? $" font-family=\"{Mono}\"" : string.Empty;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{N(y)}" font-size="{size}" fill="{color}" font-weight="{weight}" font-style="{style}"{family}>{Escape(text)}</text>""").Append('\n');
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}

using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>A line diff (longest common subsequence) rendered as a unified diff, optionally colored.</summary>
internal static class LineDiff
{
    public enum Op
    {
        Same,
        Removed,
        Added,
    }

    /// <summary>One line of the diff: kept, removed from the old text, or added by the new one.</summary>
    public readonly record struct Edit(Op Op, string Text);

    public static IReadOnlyList<Edit> Edits(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < before.Count || y < after.Count)
        {
            if (x < before.Count && y < after.Count && before[x] == after[y])
            {
                edits.Add(new Edit(Op.Same, before[x++]));
                y++;
            }
            else if (x < before.Count && (y == after.Count || common[x + 1, y] >= common[x, y + 1]))
            {
                edits.Add(new Edit(Op.Removed, before[x++]));
            }
            else
            {
                edits.Add(new Edit(Op.Added, after[y++]));
            }
        }

        return edits;
    }

    /// <summary>A unified diff of two texts with <paramref name="context"/> lines around each change; empty when they are equal.</summary>
    public static string Unified(string beforeName, string afterName, string before, string after, bool color = false, int context = 3)
    {
        var edits = Edits(Lines(before), Lines(after));
        if (edits.All(edit => edit.Op == Op.Same))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append(Paint($"--- {beforeName}", Ansi.Red, color)).Append('\n');
        text.Append(Paint($"+++ {afterName}", Ansi.Green, color)).Append('\n');
        foreach (var (start, end) in Hunks(edits, context))
        {
            var oldStart = 1 + edits.Take(start).Count(e => e.Op != Op.Added);
            var newStart = 1 + edits.Take(start).Count(e => e.Op != Op.Removed);
            var hunk = edits.Skip(start).Take(end - start).ToList();
            var oldCount = hunk.Count(e => e.Op != Op.Added);
            var newCount = hunk.Count(e => e.Op != Op.Removed);
            text.Append(Paint($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@", Ansi.Cyan, color)).Append('\n');
            foreach (var edit in hunk)
            {
                text.Append(edit.Op switch
                {
                    Op.Removed => Paint("-" + edit.Text, Ansi.Red, color),
                    Op.Added => Paint("+" + edit.Text, Ansi.Green, color),
                    _ => " " + edit.Text,
                }).Append('\n');
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return normalized.Length == 0 ? [] : normalized.TrimEnd('\n').Split('\n');
    }

    private static IEnumerable<(int Start, int End)> Hunks(IReadOnlyList<Edit> edits, int context)
    {
        var changed = Enumerable.Range(0, edits.Count).Where(i => edits[i].Op != Op.Same).ToList();
        var start = Math.Max(0, changed[0] - context);
        var end = Math.Min(edits.Count, changed[0] + context + 1);
        foreach (var index in changed.Skip(1))
        {
            if (index - context > end)
            {
                yield return (start, end);
                start = index - context;
            }

            end = Math.Min(edits.Count, index + context + 1);
        }

        yield return (start, end);
    }

    private static string Paint(string text, Ansi tint, bool color) => color ? tint.Wrap(text) : text;
}

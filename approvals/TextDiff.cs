using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ContinuationKatas.Approvals;

/// <summary>A line diff in the unified style: <c>-</c> for verified lines, <c>+</c> for received ones.</summary>
internal static class TextDiff
{
    public static string Render(string verified, string received)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(verified.TrimEnd('\n'), received.TrimEnd('\n'), ignoreWhitespace: false);
        var text = new StringBuilder();
        foreach (var line in model.Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            text.Append(prefix).Append(line.Text).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}

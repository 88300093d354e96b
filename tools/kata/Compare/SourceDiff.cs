using DiffPlex.Renderer;

namespace ContinuationKatas.Tool;

/// <summary>
/// A unified diff of two source files, made by DiffPlex (the approval tests' diff engine): the old text's lines
/// as -, the new text's as +, three lines of context. Line endings do not count, nor a final newline.
/// </summary>
internal static class SourceDiff
{
    private static readonly UnidiffRenderer Renderer = new(differ: null, contextLines: 3);

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/> as lines; none when they are equal.</summary>
    public static IReadOnlyList<string> Unified(string beforeName, string afterName, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var diff = Renderer.Generate(Normalize(before), Normalize(after), beforeName, afterName);
        return diff.Length == 0 ? [] : diff.TrimEnd('\n').Split('\n');
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}

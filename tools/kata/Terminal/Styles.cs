using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>The few styles the tool uses, by meaning; Spectre.Console drops them when colors are off.</summary>
internal static class Styles
{
    public static Style Good { get; } = new(Color.Green);

    public static Style Bad { get; } = new(Color.Red);

    public static Style Attention { get; } = new(Color.Yellow);

    public static Style Heading { get; } = new(Color.Aqua);

    public static Style Quiet { get; } = new(decoration: Decoration.Dim);

    public static Style Strong { get; } = new(decoration: Decoration.Bold);

    /// <summary>The style of a kata's state: solved green, failing red, no results or changed yellow, not started dim.</summary>
    public static Style Of(KataStatus status) => status switch
    {
        KataStatus.Solved => Good,
        KataStatus.Failing => Bad,
        KataStatus.NoResults or KataStatus.Changed => Attention,
        _ => Quiet,
    };

    /// <summary>The mark of a kata's state, as progress and the class matrix show it.</summary>
    public static string Mark(KataStatus status) => status switch
    {
        KataStatus.Solved => "✔",
        KataStatus.Failing => "✘",
        KataStatus.NoResults => "!",
        KataStatus.Changed => "~",
        _ => "·",
    };

    /// <summary>A line of a diff in the kit's colors: - red (expected, the reference), + green (yours), @@ hunks cyan.</summary>
    public static Style Diff(string line) => line switch
    {
        _ when line.StartsWith("@@", StringComparison.Ordinal) => Heading,
        _ when line.StartsWith('-') => Bad,
        _ when line.StartsWith('+') => Good,
        _ => Style.Plain,
    };
}

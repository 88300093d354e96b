namespace ContinuationKatas.Tool;

/// <summary>The few terminal colors the tool uses.</summary>
internal enum Ansi
{
    Green = 32,
    Red = 31,
    Yellow = 33,
    Cyan = 36,
    Dim = 2,
    Bold = 1,
}

/// <summary>Wraps text in ANSI escape codes.</summary>
internal static class AnsiText
{
    public static string Wrap(this Ansi color, string text) => $"\u001b[{(int)color}m{text}\u001b[0m";
}

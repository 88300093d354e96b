using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>
/// The Spectre.Console console the commands write to: the 16 standard colors only on a terminal without NO_COLOR, live displays
/// only on a terminal, and no wrapping when the output goes to a file or a pipe (a log keeps each line whole).
/// </summary>
internal static class KataConsole
{
    /// <summary>The width used when the output is not a terminal: wide enough that no line wraps.</summary>
    public const int UnwrappedWidth = 4096;

    /// <param name="writer">Where the text goes (stdout, stderr, or a test's writer).</param>
    /// <param name="color">Whether to color (a terminal, and NO_COLOR not set).</param>
    /// <param name="terminal">Whether <paramref name="writer"/> is a terminal: cursor movement for live displays, the terminal's own width.</param>
    /// <param name="width">A fixed width (tests); otherwise the terminal's, or <see cref="UnwrappedWidth"/>.</param>
    public static IAnsiConsole Create(TextWriter writer, bool color, bool terminal, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal || color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Capabilities.Unicode = true;
        if (width is not null || !terminal)
        {
            console.Profile.Width = width ?? UnwrappedWidth;
        }

        return console;
    }
}

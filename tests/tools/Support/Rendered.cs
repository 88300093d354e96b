using Spectre.Console;
using Spectre.Console.Testing;

namespace ContinuationKatas.Tool.Tests;

/// <summary>What a view renders on Spectre.Console's test console, as piped output looks: no colors, trailing blanks trimmed.</summary>
internal static class Rendered
{
    /// <param name="write">What to render.</param>
    /// <param name="width">The console's width: 80 for a layout, wider where a test reads whole sentences.</param>
    public static string Text(Action<IAnsiConsole> write, int width = 160)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var console = new TestConsole().Width(width).Colors(ColorSystem.NoColors);
        console.Profile.Capabilities.Unicode = true;
        write(console);
        return console.Output.NormalizeLineEndings().TrimLines();
    }
}

using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>What a command runs with: the repository, its catalog, where to write, and the slow parts (fakeable).</summary>
internal sealed record CommandContext(string RepoRoot, TextWriter Out, TextWriter Error, TextReader In)
{
    private readonly Lazy<Catalog> catalog = new(() => Catalog.Load(RepoRoot));
    private IAnsiConsole? console;
    private IAnsiConsole? errorConsole;

    public Catalog Catalog => catalog.Value;

    /// <summary>Whether to color output: a terminal, and NO_COLOR not set.</summary>
    public bool Color { get; init; }

    /// <summary>Whether output is a terminal that can show live status (a spinner, a line redrawn in place).</summary>
    public bool Interactive { get; init; }

    /// <summary>Runs tests (`dotnet test`).</summary>
    public ITestRunner Tests { get; init; } = new DotnetTestRunner();

    /// <summary>Builds kata projects (`dotnet build`).</summary>
    public IProjectBuilder Builder { get; init; } = new DotnetBuilder();

    /// <summary>Waits between polls of a long-running command (watch); fakes make it instant.</summary>
    public IPause Pause { get; init; } = new RealPause();

    /// <summary>The real clock: what `kata run` waits on and reads its times from; tests give a clock that never waits.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Cancelled when the learner asks a long-running command to stop (Ctrl+C); see <see cref="StopSignal"/>.</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>Styled output (markup, tables, live displays) on <see cref="Out"/>: colored when <see cref="Color"/> is on.</summary>
    public IAnsiConsole Console => console ??= KataConsole.Create(Out, Color, Interactive);

    /// <summary>Whether to color what goes to <see cref="Error"/> (stderr can be redirected on its own).</summary>
    public bool ErrorColor { get; init; }

    /// <summary>Styled output on <see cref="Error"/>.</summary>
    public IAnsiConsole ErrorConsole => errorConsole ??= KataConsole.Create(Error, ErrorColor, terminal: false);
}

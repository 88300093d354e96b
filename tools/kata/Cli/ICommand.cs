namespace ContinuationKatas.Tool;

/// <summary>
/// One `kata` sub-command. Every non-abstract implementation in this assembly is found by
/// <see cref="Commands"/>, so a new command is one new file.
/// </summary>
internal interface ICommand
{
    /// <summary>The word that selects the command, e.g. "check".</summary>
    string Name { get; }

    /// <summary>Other words that select it, e.g. "list" for "progress".</summary>
    IReadOnlyList<string> Aliases => [];

    /// <summary>Where `kata help` lists it: below 100 for learners, below 200 for instructors, then maintainers.</summary>
    int Order => 100;

    /// <summary>One line for `kata help`: arguments and what it does.</summary>
    string Summary { get; }

    /// <summary>The full text for `kata NAME --help`.</summary>
    string Help { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(CommandContext context, IReadOnlyList<string> args);
}

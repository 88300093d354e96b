namespace ContinuationKatas.Tool;

/// <summary>Who a command is for: where `kata help` lists it.</summary>
internal enum Audience
{
    Learners,
    Instructors,
    Maintainers,
}

/// <summary>
/// What `kata help` says about a command. Each command states it; <see cref="Commands"/> registers the commands
/// with Spectre.Console.Cli, in the order `kata help` lists them.
/// </summary>
internal interface IKataCommand
{
    /// <summary>The word that selects the command, e.g. "check".</summary>
    static abstract string Name { get; }

    /// <summary>Other words that select it, e.g. "list" for "progress".</summary>
    static virtual IReadOnlyList<string> Aliases => [];

    static abstract Audience Audience { get; }

    /// <summary>One line for `kata help`: arguments and what it does.</summary>
    static abstract string Summary { get; }

    /// <summary>What `kata NAME --help` says above the generated usage, arguments and options.</summary>
    static abstract string Description { get; }

    /// <summary>Examples for `kata NAME --help`, each the arguments after ./kata.</summary>
    static virtual IReadOnlyList<string[]> Examples => [];
}

using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>A `kata` command: Spectre.Console.Cli parses its typed settings; it runs with the tool's <see cref="CommandContext"/>.</summary>
/// <typeparam name="TSettings">Its arguments and options.</typeparam>
internal abstract class KataCommand<TSettings> : Command<TSettings>
    where TSettings : CommandSettings
{
    public sealed override int Execute(Spectre.Console.Cli.CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Run((CommandContext)context.Data!, settings);
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public abstract int Run(CommandContext context, TSettings settings);
}

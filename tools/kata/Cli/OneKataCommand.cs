namespace ContinuationKatas.Tool;

/// <summary>
/// A command about one kata (`kata run 02`): finds the kata named by its first argument before it runs;
/// an unknown kata is a usage error (exit code 2) whose message names the nearest katas.
/// </summary>
/// <typeparam name="TCommand">The command itself, for its name in messages.</typeparam>
/// <typeparam name="TSettings">Its arguments and options.</typeparam>
internal abstract class OneKataCommand<TCommand, TSettings> : KataCommand<TSettings>
    where TCommand : IKataCommand
    where TSettings : KataSettings
{
    public sealed override int Run(CommandContext context, TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var kata = CommandLine.FindKata(context, TCommand.Name, settings.Kata);
        return kata is null ? 2 : Run(context, settings, kata);
    }

    /// <summary>Runs the command on the kata it was given; returns the process exit code.</summary>
    protected abstract int Run(CommandContext context, TSettings settings, KataInfo kata);
}

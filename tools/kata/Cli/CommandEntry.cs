using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>A command as `kata help` lists it, and how to register it with Spectre.Console.Cli.</summary>
internal sealed record CommandEntry(string Name, IReadOnlyList<string> Aliases, Audience Audience, string Summary, string Description, Action<IConfigurator, CommandContext> Register)
{
    public static CommandEntry Of<T>()
        where T : class, ICommand, IKataCommand =>
        new(T.Name, T.Aliases, T.Audience, T.Summary, T.Description, (config, context) =>
        {
            var command = config.AddCommand<T>(T.Name).WithDescription(Markup.Escape(T.Description)).WithData(context);
            foreach (var alias in T.Aliases)
            {
                command.WithAlias(alias);
            }

            foreach (var example in T.Examples)
            {
                command.WithExample(example);
            }
        });
}

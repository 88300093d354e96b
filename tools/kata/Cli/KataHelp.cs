using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace ContinuationKatas.Tool;

/// <summary>
/// Spectre.Console.Cli's generated help, with the tool's own list of commands: one line each, grouped by who
/// uses them (learners, instructors, maintainers), and what `./kata` alone does.
/// </summary>
internal sealed class KataHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetHeader(ICommandModel model, ICommandInfo? command) =>
        command is null ? [new Text("kata — the Continuation Katas helper (kata.cmd on Windows)\n\n")] : base.GetHeader(model, command);

    public override IEnumerable<IRenderable> GetCommands(ICommandModel model, ICommandInfo? command)
    {
        if (command is not null)
        {
            return base.GetCommands(model, command);
        }

        var sections = new List<IRenderable>();
        foreach (var group in Commands.All.GroupBy(entry => entry.Audience))
        {
            sections.Add(new Text($"\n{group.Key}:\n", Styles.Strong));
            var grid = new Grid()
                .AddColumn(new GridColumn().NoWrap().PadLeft(4).PadRight(2))
                .AddColumn(new GridColumn().PadRight(0));
            foreach (var entry in group)
            {
                grid.AddRow(new Text(entry.Name), new Text(entry.Summary));
            }

            sections.Add(grid);
        }

        return sections;
    }

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
        command is null
            ? [new Text("\nWith no command: your progress. `dotnet test` at the root tests every kata and ends with it too.\n")]
            : base.GetFooter(model, command);
}

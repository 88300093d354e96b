using System.Reflection;

namespace ContinuationKatas.Tool;

/// <summary>Finds the commands and dispatches to them.</summary>
internal static class Commands
{
    public static IReadOnlyList<ICommand> All { get; } =
        [.. typeof(Commands).Assembly.GetTypes()
            .Where(type => typeof(ICommand).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => (ICommand)Activator.CreateInstance(type, nonPublic: true)!)
            .OrderBy(command => command.Name, StringComparer.Ordinal)];

    public static ICommand? Find(string name) =>
        All.FirstOrDefault(command => command.Name == name || command.Aliases.Contains(name));

    public static string Usage() =>
        "kata — the Continuation Katas helper\n\n" +
        "Usage: ./kata <command> [options]     (kata.cmd on Windows; ./kata <command> --help for more)\n" +
        string.Concat(All.OrderBy(command => command.Order).GroupBy(command => command.Order / 100).Select(group =>
            $"\n{(group.Key switch { 0 => "Learners", 1 => "Instructors", _ => "Maintainers" })}:\n" +
            string.Concat(group.Select(command => $"  {command.Name,-18} {command.Summary}\n")))) +
        "\nWith no command: your progress. `dotnet test` at the root tests every kata and ends with it too.\n";

    /// <summary>Runs the command named by <paramref name="args"/>[0] (default "progress").</summary>
    public static int Dispatch(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(args);
        var name = args.Count == 0 ? "progress" : args[0];
        if (name is "help" or "--help" or "-h")
        {
            context.Out.Write(Usage());
            return 0;
        }

        var command = Find(name);
        if (command is null)
        {
            context.Error.WriteLine($"kata: unknown command '{name}'.");
            context.Error.Write(Usage());
            return 2;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            context.Out.WriteLine(command.Help);
            return 0;
        }

        return command.Run(context, rest);
    }
}

using System.Runtime.ExceptionServices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>The `kata` command line on Spectre.Console.Cli: the commands, in the order help lists them, and how a run ends.</summary>
internal static class Commands
{
    public static IReadOnlyList<CommandEntry> All { get; } =
    [
        CommandEntry.Of<ProgressCommand>(),
        CommandEntry.Of<TestCommand>(),
        CommandEntry.Of<HintCommand>(),
        CommandEntry.Of<WatchCommand>(),
        CommandEntry.Of<RunCommand>(),
        CommandEntry.Of<TimelineCommand>(),
        CommandEntry.Of<LowerCommand>(),
        CommandEntry.Of<CompareCommand>(),
        CommandEntry.Of<ResetCommand>(),
        CommandEntry.Of<ReportCommand>(),
        CommandEntry.Of<ClassCommand>(),
        CommandEntry.Of<SolutionsBranchCommand>(),
        CommandEntry.Of<CheckCommand>(),
    ];

    public static CommandEntry? Find(string name) =>
        All.FirstOrDefault(command => command.Name == name || command.Aliases.Contains(name));

    /// <summary>Runs the command <paramref name="args"/> name ("progress" when none); exit code 2 on a usage error.</summary>
    public static int Dispatch(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(args);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("./kata");
            config.ConfigureConsole(context.Console);
            config.UseStrictParsing();
            config.TrimTrailingPeriods(false);
            config.HideOptionDefaultValues();
            config.Settings.MaximumIndirectExamples = 0;
            config.SetHelpProvider(new KataHelp(config.Settings));
            config.SetExceptionHandler((error, _) => Fail(context, error));
            config.AddExample("progress");
            config.AddExample("watch", "02");
            config.AddExample("run", "02", "--speed", "10");
            foreach (var command in All)
            {
                command.Register(config, context);
            }
        });

        // `./kata` alone shows progress; `./kata help [COMMAND]` is `--help`, as learners type it.
        string[] words = args switch
        {
            [] => ["progress"],
            ["help"] => ["--help"],
            ["help", var name, ..] => [name, "--help"],
            _ => [.. args],
        };
        return app.Run(words);
    }

    /// <summary>Spectre's wording for the two usage errors learners meet most, in the kit's words.</summary>
    private static string Plain(string message)
    {
        var missing = System.Text.RegularExpressions.Regex.Match(message, @"^Command '(?<command>[\w-]+)' is missing required argument 'NN'\.?$");
        if (missing.Success)
        {
            var command = missing.Groups["command"].Value;
            return $"which kata? Give its number, e.g. ./kata {command} 02 (./kata list shows them all).";
        }

        var number = System.Text.RegularExpressions.Regex.Match(message, @"^Failed to convert '(?<value>.*)' to (Int32|Int64|Double)\.?$");
        return number.Success ? $"'{number.Groups["value"].Value}' is not a number." : message;
    }

    /// <summary>A usage error (unknown command or option, a missing or wrong argument) exits 2, with the way to help.</summary>
    private static int Fail(CommandContext context, Exception error)
    {
        switch (error)
        {
            case CommandAppException usage:
                if (usage.Pretty is { } pretty)
                {
                    context.ErrorConsole.Write(pretty);
                }
                else
                {
                    context.ErrorConsole.WriteLine($"kata: {Plain(usage.Message)}", Styles.Bad);
                }

                context.ErrorConsole.WriteLine("See ./kata help, or ./kata COMMAND --help.");
                return 2;
            case DirectoryNotFoundException or FileNotFoundException or InvalidDataException or GitException:
                context.Error.WriteLine($"kata: {error.Message}");
                return 2;
            default:
                ExceptionDispatchInfo.Capture(error).Throw();
                return 1;
        }
    }
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata reset NN`: puts the stub back, after asking, keeping the learner's version as a backup.</summary>
internal sealed class ResetCommand : OneKataCommand<ResetCommand, ResetCommand.Settings>, IKataCommand
{
    public static string Name => "reset";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "NN: start a kata over from its stub (asks first; keeps yours as *.backup)";

    public static string Description => """
        Puts kata NN's stub back, exactly as it was committed (git is the pristine copy), so you can
        start over. It asks first. Every file you changed or added in katas/NN-* is kept beside it as
        FILE.backup (then FILE.backup.2, …): git ignores those, and they do not compile.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["reset", "02"],
    ];

    protected override int Run(CommandContext context, Settings settings, KataInfo kata)
    {
        if (Git.Run(context.RepoRoot, "cat-file", "-e", $"HEAD:katas/{kata.Id}") is null)
        {
            context.Error.WriteLine($"kata reset: git has no committed katas/{kata.Id} to restore (is this a git clone of the kit?).");
            return 1;
        }

        var changes = StubReset.Changes(context.RepoRoot, kata);
        if (changes.Count == 0)
        {
            context.Console.WriteLine($"katas/{kata.Id} is the untouched stub already: nothing to reset.");
            return 0;
        }

        context.Console.WriteLine($"Kata {kata.Code} · {kata.Title}: your changes");
        var list = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(2)).AddColumn(new GridColumn().NoWrap().PadRight(0));
        foreach (var change in changes)
        {
            list.AddRow(change.IsNew ? "added" : change.IsDeleted ? "deleted" : "changed", change.Path);
        }

        context.Console.Write(list);

        if (!settings.Yes && !CommandLine.Confirm(context, "Put the stub back? Each file above is kept as FILE.backup."))
        {
            context.Console.WriteLine("Nothing changed.");
            return 1;
        }

        var backups = StubReset.Reset(context.RepoRoot, kata, changes);
        context.Console.WriteLine($"Kata {kata.Code} is back to its stub. Start again from katas/{kata.Id}/README.md.");
        context.Console.WriteLine($"Its last test results were your version's: progress shows it as changed until its tests run again (dotnet test tests/{kata.Id}).");
        foreach (var backup in backups)
        {
            context.Console.WriteLine($"  your version: {backup}");
        }

        return 0;
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : KataSettings
    {
        [CommandOption("--yes")]
        [Description("do not ask")]
        public bool Yes { get; set; }
    }
}

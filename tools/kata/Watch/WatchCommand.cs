using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata watch [NN]`: retests the current kata whenever one of its files is saved.</summary>
internal sealed class WatchCommand : KataCommand<WatchCommand.Settings>, IKataCommand
{
    public static string Name => "watch";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "[NN]: retest your current kata whenever you save it; shows the result and the diff";

    public static string Description => """
        Focuses on one kata: the first one you have not solved (or kata NN). It tests it now, then
        rebuilds and retests only that kata whenever you save one of its files (katas/NN-*), and shows
        the result: which tests fail and, for a wrong transcript, the diff against the approved one.
        Press Ctrl+C to stop. It uses file events where the system has them and also checks the files
        every --interval milliseconds (default 500), so it works on network drives and in containers.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["watch"],
        ["watch", "02"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var interval = settings.Interval;
        var kata = settings.Kata is { } code ? CommandLine.FindKata(context, Name, code) : ProgressSource.Current(context);
        if (kata is null)
        {
            return 2;
        }

        using var stop = StopSignal.Listen(context);
        try
        {
            new WatchSession(context, kata, TimeSpan.FromMilliseconds(interval), stop.Token).Run();
        }
        finally
        {
            context.Tests.StopWarmBuilds(context.RepoRoot);
        }

        return 0;
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[NN]")]
        [Description("the kata's number, e.g. 02; without it, the kata you are on")]
        public string? Kata { get; set; }

        [CommandOption("--interval <MS>")]
        [Description("how often to check the files, in milliseconds (50 or more)")]
        [DefaultValue(500)]
        public int Interval { get; set; } = 500;

        public override ValidationResult Validate() => Interval < 50
            ? ValidationResult.Error($"--interval needs a number of milliseconds (50 or more), not '{Interval}'.")
            : ValidationResult.Success();
    }
}

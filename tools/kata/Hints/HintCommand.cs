using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata hint NN`: the kata's hints one at a time, gentle first; --all shows them all, --reset starts over.</summary>
internal sealed class HintCommand : KataCommand<HintCommand.Settings>, IKataCommand
{
    public static string Name => "hint";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "NN: the next hint for a kata, gentle first (--all: every hint; --reset)";

    public static string Description => """
        Shows the next hint for kata NN (without NN: the kata you are on). Each call shows one more,
        from a gentle nudge to nearly the answer, and says which it is ("hint 2 of 4"). What you have
        seen is remembered in artifacts/hints/ (git ignores it).
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["hint"],
        ["hint", "02"],
        ["hint", "02", "--all"],
    ];

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var kata = settings.Kata is { } code
            ? CommandLine.FindKata(context, Name, code)
            : ProgressSource.Current(context);
        if (kata is null)
        {
            return 2;
        }

        if (settings.Reset)
        {
            Hints.Reset(context.RepoRoot, kata);
            context.Console.WriteLine($"Hints for kata {kata.Code} start again from hint 1: ./kata hint {kata.Code}");
            return 0;
        }

        var file = Hints.File(context.RepoRoot, kata);
        var hints = File.Exists(file) ? Hints.Parse(File.ReadAllText(file)) : [];
        if (hints.Count == 0)
        {
            context.Error.WriteLine($"kata hint: {CommandLine.Relative(context, file)} has no `## Hint 1` section.");
            return 1;
        }

        if (settings.All)
        {
            for (var i = 0; i < hints.Count; i++)
            {
                Show(context, kata, hints, i + 1);
            }

            Hints.MarkSeen(context.RepoRoot, kata, hints.Count);
            return 0;
        }

        var seen = Hints.Seen(context.RepoRoot, kata);
        var number = Math.Clamp(seen + 1, 1, hints.Count);
        Show(context, kata, hints, number);
        Hints.MarkSeen(context.RepoRoot, kata, number);
        context.Console.WriteLine(Footer(kata, seen, number, hints.Count), Styles.Quiet);
        return 0;
    }

    private static void Show(CommandContext context, KataInfo kata, IReadOnlyList<string> hints, int number)
    {
        context.Console.WriteLine($"Kata {kata.Code} · {kata.Title} — hint {number} of {hints.Count}", Styles.Heading);
        context.Console.WriteLine();
        context.Console.WriteLine(hints[number - 1]);
        context.Console.WriteLine();
    }

    private static string Footer(KataInfo kata, int seen, int number, int count) => number < count
        ? $"Still stuck? ./kata hint {kata.Code} again shows hint {number + 1} of {count}."
        : (seen >= count ? $"You have seen all {count} hints; that was the last one again. " : "That was the last hint. ") +
          $"All at once: ./kata hint {kata.Code} --all; start over: --reset; the reference solution: ./kata compare {kata.Code} --peek";

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[NN]")]
        [Description("the kata's number, e.g. 02; without it, the kata you are on")]
        public string? Kata { get; set; }

        [CommandOption("--all")]
        [Description("show every hint of the kata at once")]
        public bool All { get; set; }

        [CommandOption("--reset")]
        [Description("forget which hints you have seen; the next call starts at hint 1 again")]
        public bool Reset { get; set; }
    }
}

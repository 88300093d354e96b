namespace ContinuationKatas.Tool;

/// <summary>`kata watch [NN]`: retests the current kata whenever one of its files is saved.</summary>
internal sealed class WatchCommand : ICommand
{
    public string Name => "watch";

    public int Order => 30;

    public string Summary => "[NN]: retest your current kata whenever you save it; shows the result and the diff";

    public string Help => """
        kata watch [NN] [--interval MS]

        Focuses on one kata: the first one you have not solved (or kata NN). It tests it now, then
        rebuilds and retests only that kata whenever you save one of its files (katas/NN-*), and shows
        the result: which tests fail and, for a wrong transcript, the diff against the approved one.
        Press Ctrl+C to stop. It uses file events where the system has them and also checks the files
        every --interval milliseconds (default 500), so it works on network drives and in containers.
        """;

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = Args.Parse(args, [], ["--interval"]);
        if (parsed.Error is not null || parsed.Positional.Count > 1)
        {
            return CommandLine.UsageError(context, this, parsed.Error ?? "give one kata number at most.");
        }

        var interval = 500;
        if (parsed.Option("--interval") is { } text && (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out interval) || interval < 50))
        {
            return CommandLine.UsageError(context, this, $"--interval needs a number of milliseconds (50 or more), not '{text}'.");
        }

        var kata = parsed.Positional.Count == 1 ? CommandLine.FindKata(context, this, parsed.Positional[0]) : ProgressSource.Current(context);
        if (kata is null)
        {
            return 2;
        }

        using var stop = StopSignal.Listen(context);
        new WatchSession(context, kata, TimeSpan.FromMilliseconds(interval), stop.Token).Run();
        return 0;
    }
}

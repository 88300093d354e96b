namespace ContinuationKatas.Tool;

/// <summary>`kata progress` (also `kata` and `kata list`): where the learner stands, from the last test run.</summary>
internal sealed class ProgressCommand : ICommand
{
    public string Name => "progress";

    public IReadOnlyList<string> Aliases => ["list"];

    public string Summary => "where you stand, kata by kata, from the last `dotnet test` (alias: list)";

    public string Help => """
        kata progress [--set katas|solutions]

        Shows each kata as solved, failing or not started, grade by grade, and the next step.
        It reads the results of your last `dotnet test` (artifacts/results/katas): run the tests first.
        """;

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(args);
        var index = args.ToList().IndexOf("--set");
        var set = index >= 0 && index + 1 < args.Count ? args[index + 1] : "katas";
        var progress = Progress.Read(context.RepoRoot, context.Catalog, set);
        if (args.Contains("--after-test"))
        {
            context.Out.WriteLine();
            context.Out.WriteLine(set == "katas" ? "──── Your progress ────" : $"──── Progress of {set}/ ────");
        }

        context.Out.Write(ProgressView.Render(context.Catalog, progress));
        return 0;
    }
}

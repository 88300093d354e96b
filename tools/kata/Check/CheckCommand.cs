using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>
/// `kata check`: builds and tests the kit against solutions/ (all must pass) and against the untouched
/// katas/ (every kata test must fail with "not solved yet"), checks the layout and approved files,
/// and ends with "N passed, N failed".
/// </summary>
internal sealed class CheckCommand : KataCommand<CheckCommand.Settings>, IKataCommand
{
    public static string Name => "check";

    public static Audience Audience => Audience.Maintainers;

    public static string Summary => "every solution passes, every untouched stub fails";

    public static string Description => """
        The maintainer's proof (CI runs it): tests every kata against solutions/ (all must pass) and
        against the untouched katas/ (every kata test must fail with "Not solved yet"), checks that each
        kata has README, hints, stub, solution and tests, and that no approved file is orphaned.
        Ends with "N passed, N failed"; exits 1 on any problem.
        """;

    public override int Run(CommandContext context, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        return Run(context.RepoRoot, context.Out, context.Console);
    }

    private static int Run(string repoRoot, TextWriter output, IAnsiConsole console)
    {
        var catalog = Catalog.Load(repoRoot);
        var work = Path.Combine(repoRoot, "artifacts", "check");
        var usage = Path.Combine(work, "approvals-used");
        if (Directory.Exists(usage))
        {
            Directory.Delete(usage, recursive: true);
        }

        var problems = new List<string>(LayoutCheck.Problems(repoRoot, catalog));
        problems.AddRange(LocalChanges(repoRoot));

        output.WriteLine("kata check: testing solutions/ (every test must pass) …");
        var timer = Stopwatch.StartNew();
        var solutionsLog = Path.Combine(work, "solutions.log");
        var solutions = DotnetTest.Run(repoRoot, "solutions", solutionsLog,
            new Dictionary<string, string> { ["KATA_APPROVALS_LOG"] = usage });
        output.WriteLine($"  done in {timer.Elapsed.TotalSeconds:0.0} s (log: {Relative(repoRoot, solutionsLog)})");
        problems.AddRange(DotnetTest.Errors(solutionsLog).Select(error => "build: " + error));

        output.WriteLine("kata check: testing the untouched katas/ (every kata test must fail with \"Not solved yet\") …");
        timer.Restart();
        var katasLog = Path.Combine(work, "katas.log");
        var stubs = DotnetTest.Run(repoRoot, "katas", katasLog);
        output.WriteLine($"  done in {timer.Elapsed.TotalSeconds:0.0} s (log: {Relative(repoRoot, katasLog)})");
        problems.AddRange(DotnetTest.Errors(katasLog).Select(error => "build: " + error));

        problems.AddRange(ApprovedFiles.Orphans(repoRoot, usage).Select(file => $"{file} is approved but no test uses it."));
        var verdict = CheckVerdict.Evaluate(catalog, solutions, stubs, problems);
        Report(console, catalog, verdict);
        return verdict.Ok ? 0 : 1;
    }

    private static void Report(IAnsiConsole console, Catalog catalog, CheckVerdict verdict)
    {
        console.WriteLine();
        console.WriteLine($"{catalog.Katas.Count} katas; {verdict.Held.Count} checks held.");
        foreach (var group in verdict.Held.GroupBy(line => line.Split(':', 2)[0]))
        {
            console.WriteLine($"  ✔ {group.Key}: {group.Count()}", Styles.Good);
        }

        if (!verdict.Ok)
        {
            console.WriteLine("Problems:", Styles.Strong);
            foreach (var problem in verdict.Problems)
            {
                console.WriteLine($"  ✘ {problem}", Styles.Bad);
            }
        }

        // The closing line CI reads: plain, alone on its line.
        console.WriteLine($"{verdict.Held.Count} passed, {verdict.Problems.Count} failed");
    }

    private static IEnumerable<string> LocalChanges(string repoRoot)
    {
        var status = Git.Run(repoRoot, "status", "--porcelain", "--", "katas");
        if (status is { Length: > 0 })
        {
            yield return "katas/ has local changes, so this run does not prove the untouched stubs fail (git status -- katas). " +
                "Check on a clean clone, or stash them.";
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : CommandSettings
    {
    }
}

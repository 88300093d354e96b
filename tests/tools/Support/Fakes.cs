using System.Security;
using ContinuationKatas.Runtime.Tests;

namespace ContinuationKatas.Tool.Tests;

/// <summary>A two-kata catalog, test results, and fakes for the slow parts (dotnet test, dotnet build, waiting).</summary>
internal static class Fakes
{
    public static Catalog Catalog { get; } = new(
        [new Grade(1, "callbacks"), new Grade(2, "promises")],
        [new KataInfo("01-loop-warmup", 1, "Loop warm-up", 25), new KataInfo("04-promise-core", 2, "Promise core", 40)]);

    public static TestResult Pass(string name) => new(name, "Passed", null);

    public static TestResult NotSolved(string name) => new(name, "Failed", "OneTimeSetUp: Not solved yet: Kata 01, step 1: …");

    public static TestResult Fail(string name, string message = "Expected 5000 but was 7000") => new(name, "Failed", message);

    public static Dictionary<string, IReadOnlyList<TestResult>> Results(params (string Project, TestResult[] Tests)[] projects) =>
        projects.ToDictionary(p => p.Project, p => (IReadOnlyList<TestResult>)p.Tests, StringComparer.Ordinal);

    /// <summary>A TRX file holding <paramref name="results"/>.</summary>
    public static string Trx(IEnumerable<TestResult> results) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"><Results>\n" +
        string.Concat(results.Select(result =>
            $"<UnitTestResult testName=\"{SecurityElement.Escape(result.Name)}\" outcome=\"{result.Outcome}\">" +
            (result.Message is null ? string.Empty : $"<Output><ErrorInfo><Message>{SecurityElement.Escape(result.Message)}</Message></ErrorInfo></Output>") +
            "</UnitTestResult>\n")) +
        "</Results></TestRun>\n";
}

/// <summary>Stands in for `dotnet test`: answers from functions of the checkout it is asked to test, and counts the calls.</summary>
internal sealed class FakeTestRunner : ITestRunner
{
    public Func<string, IReadOnlyDictionary<string, IReadOnlyList<TestResult>>> All { get; init; } =
        _ => new Dictionary<string, IReadOnlyList<TestResult>>();

    public Func<string, KataInfo, KataTestRun> Kata { get; init; } = (_, _) => new KataTestRun([], []);

    /// <summary>The checkouts RunAll was called on.</summary>
    public List<string> AllRuns { get; } = [];

    public int KataRuns { get; private set; }

    /// <summary>Whether each RunKata call asked for a restore, in order.</summary>
    public List<bool> Restores { get; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<TestResult>> RunAll(string repoRoot, string set, string log)
    {
        AllRuns.Add(repoRoot);
        return All(repoRoot);
    }

    /// <summary>What RunQuietly does: by default, writes each asked kata's results (from <see cref="All"/>) as a TRX file, as the real build would.</summary>
    public Func<string, string, IReadOnlyList<string>, bool>? Quietly { get; init; }

    /// <summary>The katas each RunQuietly call asked for, in order.</summary>
    public List<IReadOnlyList<string>> QuietRuns { get; } = [];

    public bool RunQuietly(string repoRoot, string set, IReadOnlyList<string> katas, bool kit, string configuration, string log)
    {
        QuietRuns.Add(katas);
        if (Quietly is not null)
        {
            return Quietly(repoRoot, set, katas);
        }

        var results = All(repoRoot);
        var directory = Path.Combine(repoRoot, "artifacts", "results", set);
        Directory.CreateDirectory(directory);
        foreach (var kata in katas.Where(results.ContainsKey))
        {
            File.WriteAllText(Path.Combine(directory, kata + ".trx"), Fakes.Trx(results[kata]));
        }

        return katas.All(kata => results.TryGetValue(kata, out var r) && r.All(result => result.Passed));
    }

    public KataTestRun RunKata(string repoRoot, KataInfo kata, string log, bool restore = true)
    {
        KataRuns++;
        Restores.Add(restore);
        return Kata(repoRoot, kata);
    }
}

/// <summary>Stands in for `dotnet build`: hands back an assembly that is already built.</summary>
internal sealed class FakeBuilder(string? assembly, params string[] errors) : IProjectBuilder
{
    public List<string> Built { get; } = [];

    public BuildResult Build(string projectDirectory, string log)
    {
        Built.Add(projectDirectory);
        return new BuildResult(assembly, errors);
    }
}

/// <summary>A pause that does not wait: it runs an action for each call (edit a file, press Ctrl+C …).</summary>
internal sealed class FakePause(params Action[] steps) : IPause
{
    public int Calls { get; private set; }

    public void Wait(TimeSpan timeout, WaitHandle? wake, CancellationToken stop)
    {
        if (Calls < steps.Length)
        {
            steps[Calls]();
        }

        Calls++;
    }
}

/// <summary>Runs the CLI in-process, as a learner would from a terminal, with what it printed kept in strings.</summary>
internal sealed class Cli(string root, string input = "")
{
    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    public ITestRunner Tests { get; init; } = new FakeTestRunner();

    public IProjectBuilder Builder { get; init; } = new FakeBuilder(null, "the fake builder was not given an assembly");

    public IPause Pause { get; init; } = new FakePause();

    public CancellationToken Stop { get; init; }

    /// <summary>The real clock `kata run` waits on: by default one that never waits (tests sleep on nothing).</summary>
    public TimeProvider Time { get; init; } = new SteppingClock();

    public bool Color { get; init; }

    public int Run(params string[] args)
    {
        var context = new CommandContext(root, Out, Error, new StringReader(input))
        {
            Tests = Tests,
            Builder = Builder,
            Pause = Pause,
            Stop = Stop,
            Time = Time,
            Color = Color,
        };
        return Commands.Dispatch(context, args);
    }
}

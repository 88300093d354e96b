namespace ContinuationKatas.Tool.Tests;

/// <summary>A two-kata catalog and test results to feed the pure parts of the tool.</summary>
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
}

namespace ContinuationKatas.Tool.Tests;

public sealed class CheckVerdictTests
{
    private static readonly Dictionary<string, IReadOnlyList<TestResult>> GoodSolutions = Fakes.Results(
        ("01-loop-warmup", [Fakes.Pass("A"), Fakes.Pass("B")]),
        ("04-promise-core", [Fakes.Pass("C")]),
        ("runtime", [Fakes.Pass("Loop_Works")]));

    private static readonly Dictionary<string, IReadOnlyList<TestResult>> GoodStubs = Fakes.Results(
        ("01-loop-warmup", [Fakes.NotSolved("A"), Fakes.NotSolved("B")]),
        ("04-promise-core", [Fakes.NotSolved("C")]),
        ("runtime", [Fakes.Pass("Loop_Works")]));

    [Test]
    public void Evaluate_SolutionsPassAndStubsFailNotSolved_Holds()
    {
        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, GoodSolutions, GoodStubs, []);

        Assert.That(verdict.Problems, Is.Empty);
        Assert.That(verdict.Held, Has.Count.EqualTo(7));
    }

    [Test]
    public void Evaluate_BrokenSolution_ReportsTheFailingTest()
    {
        var solutions = new Dictionary<string, IReadOnlyList<TestResult>>(GoodSolutions)
        {
            ["04-promise-core"] = [Fakes.Fail("C")],
        };

        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, solutions, GoodStubs, []);

        Assert.That(verdict.Ok, Is.False);
        Assert.That(verdict.Problems, Has.One.StartsWith("solutions/04-promise-core: C fails against the reference solution"));
    }

    [Test]
    public void Evaluate_StubThatPasses_ReportsItAsSolvedByAccident()
    {
        var stubs = new Dictionary<string, IReadOnlyList<TestResult>>(GoodStubs)
        {
            ["01-loop-warmup"] = [Fakes.NotSolved("A"), Fakes.Pass("B")],
        };

        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, GoodSolutions, stubs, []);

        Assert.That(verdict.Problems, Has.One.Contains("B passes against the untouched stub"));
    }

    [Test]
    public void Evaluate_StubFailingForAnotherReason_ReportsTheMissingMarker()
    {
        var stubs = new Dictionary<string, IReadOnlyList<TestResult>>(GoodStubs)
        {
            ["04-promise-core"] = [Fakes.Fail("C", "NullReferenceException")],
        };

        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, GoodSolutions, stubs, []);

        Assert.That(verdict.Problems, Has.One.Contains("without \"Not solved yet\": NullReferenceException"));
    }

    [Test]
    public void Evaluate_KataWithoutResults_ReportsItDoesNotCompile()
    {
        var solutions = new Dictionary<string, IReadOnlyList<TestResult>>(GoodSolutions);
        solutions.Remove("01-loop-warmup");

        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, solutions, GoodStubs, []);

        Assert.That(verdict.Problems, Has.One.EqualTo("solutions/01-loop-warmup: no test results (does it compile?)."));
    }

    [Test]
    public void Evaluate_FailingKitTest_IsAProblem()
    {
        var solutions = new Dictionary<string, IReadOnlyList<TestResult>>(GoodSolutions)
        {
            ["runtime"] = [Fakes.Fail("Loop_Works")],
        };

        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, solutions, GoodStubs, []);

        Assert.That(verdict.Problems, Has.One.StartsWith("tests/runtime: Loop_Works fails"));
    }

    [Test]
    public void Evaluate_OtherProblems_AreKept()
    {
        var verdict = CheckVerdict.Evaluate(Fakes.Catalog, GoodSolutions, GoodStubs, ["tests/scenarios/old.verified.txt is approved but no test uses it."]);

        Assert.That(verdict.Problems, Is.EqualTo(new[] { "tests/scenarios/old.verified.txt is approved but no test uses it." }));
    }
}

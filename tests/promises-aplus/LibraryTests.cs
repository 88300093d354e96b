namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>The kit's promise library (promises/), which grades 3–5 build on, against every Promises/A+ rule test of kata 05.</summary>
public sealed class LibraryTests
{
    private static IEnumerable<string> Rules => RuleRunner.Rules;

    [TestCaseSource(nameof(Rules))]
    public void The_promise_library_keeps_the_rule(string rule)
    {
        Assert.That(RuleRunner.Run(rule, new LibraryAdapter()), Is.Null, $"promises/ breaks {rule}.");
    }
}

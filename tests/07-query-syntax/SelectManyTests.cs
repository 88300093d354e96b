using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.QuerySyntax.Tests;

public sealed class SelectManyTests() : KataFixture(Smoke)
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void SelectMany_waits_for_both_and_combines_them_in_argument_order()
    {
        var transcript = KataRun.Run(loop =>
        {
            var first = Later(loop, "🐶", 300);
            var second = Later(loop, "🐷", 100);
            (from a in first from b in second select a + b).Then(result => loop.Log(result));
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (300L, "🐶🐷") }),
            "`from a in first from b in second select a + b` must be a promise of \"🐶🐷\" once both have arrived (300 ms) (step 2).");
    }

    [Test]
    public void The_second_from_runs_only_once_the_first_value_has_arrived()
    {
        var asked = new List<string>();
        var transcript = KataRun.Run(loop =>
            (from a in Later(loop, 1, 200)
             from b in Ask(loop, asked, a)
             select a + b).Then(result => loop.Log($"result {result}")));

        Assert.That(asked, Is.EqualTo(new[] { "asked with 1 at 200 ms" }),
            "The expression after the second `from` must be evaluated once, when the first value has arrived, with that value (step 2).");
        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (300L, "result 11") }),
            "The second promise, created at 200 ms for 100 ms, is adopted: the result comes at 300 ms.");
    }

    [Test]
    public void A_rejection_on_either_side_rejects_the_result()
    {
        var transcript = KataRun.Run(loop =>
        {
            var failed = new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(Boom), 100));
            (from a in failed from b in Later(loop, "🐷", 50) select a + b).Then(_ => loop.Log("never"), error => loop.Log("first side: " + error.Message));
            (from a in Later(loop, "🐶", 50) from b in failed select a + b).Then(_ => loop.Log("never"), error => loop.Log("second side: " + error.Message));
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EquivalentTo(new[] { (100L, "first side: 💥"), (100L, "second side: 💥") }),
            "A rejection of either promise must reject the query's promise with the same reason (step 2).");
    }

    [Test]
    public void Promises_created_inside_the_query_start_one_after_another()
    {
        var transcript = KataRun.Run(loop =>
            (from a in Later(loop, "🐶", 100)
             from b in Later(loop, "🐷", 200)
             from c in Later(loop, "🐮", 50)
             select a + b + c).Then(result => loop.Log(result)));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (350L, "🐶🐷🐮") }),
            "Three froms chain one after another. Each promise after the first is created only once the one before has arrived, " +
            "so the waits add up: 100 + 200 + 50 = 350 ms (the lazy program; create promises before the query to run them side by side).");
    }

    private static Promise<int> Ask(EventLoop loop, List<string> asked, int value)
    {
        asked.Add($"asked with {value} at {loop.Now} ms");
        return Later(loop, 10, 100);
    }

    private static Promise<T> Later<T>(EventLoop loop, T value, long delayMs) => SelectTests.Later(loop, value, delayMs);

    private static void Smoke(EventLoop loop) => _ = from a in Later(loop, 1, 0) from b in Later(loop, 2, 0) select a + b;
}

namespace Katas.Combinators.Tests;

/// <summary>"Each takes promises as IThenable, so a stranger's thenable works too": even one that calls back twice.</summary>
public sealed class ThenableInputTests() : CombinatorFixture(loop => Promise.All(loop, Misbehaving.Twice("🐶")))
{
    [Test]
    public void All_takes_only_the_first_call_of_a_thenable_that_calls_back_twice()
    {
        var thenable = Misbehaving.Twice("🐶");
        var outcome = Outcome(loop => Promise.All(loop, thenable, Later(loop, "🐷", 100)), Join);

        AssertFirstCallOnly(outcome, "100: fulfilled 🐶,🐷", "All", thenable, "step 1");
    }

    [Test]
    public void All_ignores_a_rejection_after_a_thenable_s_value()
    {
        var thenable = Misbehaving.BothWays("🐶");
        var outcome = Outcome(loop => Promise.All(loop, thenable, Later(loop, "🐷", 100)), Join);

        AssertFirstCallOnly(outcome, "100: fulfilled 🐶,🐷", "All", thenable, "step 1");
    }

    [Test]
    public void AllSettled_takes_only_the_first_call_of_a_thenable_that_calls_back_twice()
    {
        var thenable = Misbehaving.Twice("🐶");
        var outcome = Outcome(
            loop => Promise.AllSettled(loop, thenable, Later(loop, "🐷", 100)),
            results => string.Join(" | ", results.Select(result => result?.ToString() ?? "(empty slot)")));

        AssertFirstCallOnly(outcome, "100: fulfilled fulfilled: 🐶 | fulfilled: 🐷", "AllSettled", thenable, "step 3");
    }

    [Test]
    public void Any_takes_only_the_first_call_of_a_thenable_that_rejects_twice()
    {
        var thenable = Misbehaving.RejectsTwice("💥");
        var outcome = Outcome(loop => Promise.Any(loop, thenable, FailLater(loop, Bang, 100)));

        AssertFirstCallOnly(outcome, "100: rejected AggregateException [💥, 💢]", "Any", thenable, "step 4");
    }

    [Test]
    public void Race_takes_only_the_first_call_of_a_thenable_that_calls_back_both_ways()
    {
        var thenable = Misbehaving.BothWays("🐶");
        var outcome = Outcome(loop => Promise.Race(loop, thenable, Later(loop, "🐷", 100)));

        AssertFirstCallOnly(outcome, "0: fulfilled 🐶", "Race", thenable, "step 2");
    }

    private static void AssertFirstCallOnly(IReadOnlyList<string> outcome, string expected, string combinator, Misbehaving<string> thenable, string step)
    {
        if (outcome.SequenceEqual([expected]))
        {
            return;
        }

        var got = outcome.Count == 0 ? "never settled" : $"settled as \"{string.Join("\", then \"", outcome)}\"";
        Assert.Fail(
            $"{combinator} {got}; expected \"{expected}\". One input is a stranger's thenable that {thenable.Description}, at 0 ms, " +
            $"and {combinator} counted the second call too. JavaScript's Promise.{char.ToLowerInvariant(combinator[0])}{combinator[1..]} " +
            "takes only the first call of each input, so it waits for the other input as usual (tests/node-corpus/15-first-call-wins). " +
            $"Give each input a `called` flag, set by whichever of its two callbacks comes first, and ignore every later call ({step}).");
    }

    private static string Join(string[] values) => string.Join(",", values);
}

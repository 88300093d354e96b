namespace Katas.Combinators.Tests;

public sealed class AllSettledTests() : CombinatorFixture(loop => Promise.AllSettled(loop, Promise.Resolve(loop, 1)))
{
    [Test]
    public void AllSettled_reports_every_outcome_in_argument_order_once_all_have_settled()
    {
        var outcome = Outcome(
            loop => Promise.AllSettled(loop, Later(loop, "🐶", 300), FailLater(loop, Boom, 100), Later(loop, "🐷", 200)),
            results => string.Join(" | ", results.Select(result => result.ToString())));

        Assert.That(outcome, Is.EqualTo(new[] { "300: fulfilled fulfilled: 🐶 | rejected: 💥 | fulfilled: 🐷" }),
            "AllSettled must wait for every promise (300 ms), never reject, and report each outcome in argument order (step 3).");
    }

    [Test]
    public void AllSettled_of_nothing_is_fulfilled_at_once()
    {
        var outcome = Outcome(loop => Promise.AllSettled<string>(loop), results => results.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(outcome, Is.EqualTo(new[] { "0: fulfilled 0" }), "With no promises, AllSettled is fulfilled at once with an empty array (step 3).");
    }
}

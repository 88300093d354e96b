using ContinuationKatas.Runtime;

namespace Katas.Combinators.Tests;

public sealed class AllTests() : CombinatorFixture(loop => Promise.All(loop, Promise.Resolve(loop, 1)))
{
    [Test]
    public void All_is_fulfilled_with_every_value_in_argument_order_when_the_last_arrives()
    {
        var outcome = Outcome(loop => Promise.All(loop, Later(loop, "🐶", 300), Later(loop, "🐷", 100), Later(loop, "🐮", 200)), Join);

        Assert.That(outcome, Is.EqualTo(new[] { "300: fulfilled 🐶,🐷,🐮" }),
            "All must wait for the last value (300 ms) and list the values in argument order, not arrival order: keep a slot per promise (step 1).");
    }

    [Test]
    public void All_is_rejected_with_the_first_reason_as_soon_as_it_arrives()
    {
        var outcome = Outcome(loop => Promise.All(loop, Later(loop, "🐶", 300), FailLater(loop, Bang, 200), FailLater(loop, Boom, 100)), Join);

        Assert.That(outcome, Is.EqualTo(new[] { "100: rejected 💥" }),
            "All must be rejected at the first rejection (💥 at 100 ms), without waiting for the others; later reasons are ignored (step 1).");
    }

    [Test]
    public void All_of_nothing_is_fulfilled_at_once_with_no_values()
    {
        var outcome = Outcome(loop => Promise.All<string>(loop), Join);

        Assert.That(outcome, Is.EqualTo(new[] { "0: fulfilled " }),
            "With no promises there is nothing to wait for: All must be fulfilled at once with an empty array (step 1).");
    }

    [Test]
    public void All_accepts_promises_that_are_already_settled()
    {
        var outcome = Outcome(loop => Promise.All(loop, Promise.Resolve(loop, "🐶"), Later(loop, "🐷", 100)), Join);

        Assert.That(outcome, Is.EqualTo(new[] { "100: fulfilled 🐶,🐷" }));
    }

    private static string Join(string[] values) => string.Join(",", values);
}

namespace Katas.Combinators.Tests;

public sealed class AnyTests() : CombinatorFixture(loop => Promise.Any(loop, Promise.Resolve(loop, 1)))
{
    [Test]
    public void Any_is_fulfilled_with_the_first_value_and_ignores_rejections()
    {
        var outcome = Outcome(loop => Promise.Any(loop, FailLater(loop, Boom, 100), Later(loop, "🐷", 300), Later(loop, "🐶", 200)));

        Assert.That(outcome, Is.EqualTo(new[] { "200: fulfilled 🐶" }),
            "Any must skip the rejection at 100 ms and be fulfilled with the first value (🐶 at 200 ms) (step 4).");
    }

    [Test]
    public void Any_is_rejected_with_every_reason_in_argument_order_when_all_are_rejected()
    {
        var outcome = Outcome(loop => Promise.Any(loop, FailLater(loop, Bang, 300), FailLater(loop, Boom, 100)));

        Assert.That(outcome, Is.EqualTo(new[] { "300: rejected AggregateException [💢, 💥]" }),
            "When all are rejected, Any must be rejected once the last one is (300 ms), with an AggregateException " +
            "of every reason in argument order (JavaScript's AggregateError) (step 4).");
    }

    [Test]
    public void Any_of_nothing_is_rejected_at_once()
    {
        var outcome = Outcome(loop => Promise.Any<string>(loop));

        Assert.That(outcome, Is.EqualTo(new[] { "0: rejected AggregateException []" }),
            "With no promises none can be fulfilled: Any must be rejected at once with an empty AggregateException (step 4).");
    }
}

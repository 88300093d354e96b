namespace Katas.Combinators.Tests;

public sealed class RaceTests() : CombinatorFixture(loop => Promise.Race(loop, Promise.Resolve(loop, 1)))
{
    [Test]
    public void Race_is_fulfilled_like_the_first_promise_to_settle()
    {
        var outcome = Outcome(loop => Promise.Race(loop, Later(loop, "🐷", 500), Later(loop, "🐶", 200), FailLater(loop, Boom, 300)));

        Assert.That(outcome, Is.EqualTo(new[] { "200: fulfilled 🐶" }),
            "Race must settle like the first promise to settle (🐶 at 200 ms) and ignore the rest (step 2).");
    }

    [Test]
    public void Race_is_rejected_like_the_first_promise_to_settle()
    {
        var outcome = Outcome(loop => Promise.Race(loop, Later(loop, "🐷", 500), FailLater(loop, Boom, 100), Later(loop, "🐶", 200)));

        Assert.That(outcome, Is.EqualTo(new[] { "100: rejected 💥" }),
            "When the first promise to settle is rejected, Race is rejected with its reason (step 2).");
    }

    [Test]
    public void Race_of_nothing_never_settles()
    {
        var outcome = Outcome(loop => Promise.Race<string>(loop));

        Assert.That(outcome, Is.Empty, "With no promises nobody can win: Race stays pending forever, as in JavaScript (step 2).");
    }
}

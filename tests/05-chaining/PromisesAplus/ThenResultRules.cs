namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>Promises/A+ 2.2.7: <c>then</c> returns a new promise, settled by what its callback does.</summary>
public abstract class ThenResultRules(IPromiseAdapter adapter) : AplusRules(adapter)
{
    [Test]
    public void Rule_2_2_7_then_returns_a_new_promise()
    {
        var distinct = false;
        Run(loop =>
        {
            var promise1 = Resolved(loop, 1);
            var promise2 = promise1.Then(value => value + 1);
            distinct = !ReferenceEquals(promise1.Thenable, promise2.Thenable);
            Observe(loop, "promise2", promise2);
        });

        Assert.That(distinct, Is.True, "then must return a new promise, not the one it was called on.");
        Assert.That(Seen, Is.EqualTo(new[] { "promise2 fulfilled 2@0" }), "The promise then returns must settle like any promise.");
    }

    [Test]
    public void Rule_2_2_7_1_a_value_returned_by_a_callback_fulfils_the_new_promise()
    {
        Run(loop =>
        {
            Observe(loop, "from onFulfilled", Resolved(loop, 1).Then(value => value * 10, _ => -1));
            Observe(loop, "from onRejected", Rejected<int>(loop, Reason).Then(_ => -1, _ => 20));
            Observe(loop, "null", Resolved(loop, "x").Then(_ => (string?)null));
            Observe(loop, "later", ResolvedLater(loop, 3, 50).Then(value => value * 10));
        });

        Assert.That(Seen, Is.EquivalentTo(new[] { "from onFulfilled fulfilled 10@0", "from onRejected fulfilled 20@0", "null fulfilled null@0", "later fulfilled 30@50" }),
            "What onFulfilled or onRejected returns must fulfil the promise then returned, when the callback returns.");
    }

    [Test]
    public void Rule_2_2_7_2_an_exception_thrown_by_a_callback_rejects_the_new_promise()
    {
        Run(loop =>
        {
            Observe(loop, "from onFulfilled", Resolved(loop, 1).Then<int>(_ => throw Reason));
            Observe(loop, "from onRejected", Rejected<int>(loop, OtherReason).Then<int>(_ => 0, _ => throw Reason));
        });

        Assert.That(Seen, Is.EquivalentTo(new[] { "from onFulfilled rejected Reason@0", "from onRejected rejected Reason@0" }),
            "An exception thrown by onFulfilled or onRejected must reject the promise then returned, with that very exception.");
    }

    [Test]
    public void Rule_2_2_7_3_without_onFulfilled_the_value_passes_through()
    {
        Run(loop =>
        {
            Observe(loop, "at once", Resolved(loop, 1).Catch(_ => -1));
            Observe(loop, "later", ResolvedLater(loop, 2, 50).Catch(_ => -1));
            Observe(loop, "two steps", Resolved(loop, 3).Catch(_ => -1).Catch(_ => -2));
        });

        Assert.That(Seen, Is.EquivalentTo(new[] { "at once fulfilled 1@0", "two steps fulfilled 3@0", "later fulfilled 2@50" }),
            "Without onFulfilled (Catch), the promise then returns must be fulfilled with the same value as the original.");
    }

    [Test]
    public void Rule_2_2_7_4_without_onRejected_the_reason_passes_through()
    {
        Run(loop =>
        {
            Observe(loop, "at once", Rejected<int>(loop, Reason).Then(value => value));
            Observe(loop, "later", RejectedLater<int>(loop, Reason, 50).Then(value => value));
            Observe(loop, "two steps", Rejected<int>(loop, Reason).Then(value => value).Then(value => value.ToString()));
        });

        Assert.That(Seen, Is.EquivalentTo(new[] { "at once rejected Reason@0", "two steps rejected Reason@0", "later rejected Reason@50" }),
            "Without onRejected, the promise then returns must be rejected with the same reason (the same exception object).");
    }
}

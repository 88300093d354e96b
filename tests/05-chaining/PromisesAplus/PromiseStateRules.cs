namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>Promises/A+ 2.1, promise states: pending, then fulfilled or rejected once and for good.</summary>
public abstract class PromiseStateRules(IPromiseAdapter adapter) : AplusRules(adapter)
{
    [Test]
    public void Rule_2_1_1_1_a_pending_promise_may_become_fulfilled_or_rejected()
    {
        Run(loop =>
        {
            Observe(loop, "a", ResolvedLater(loop, 1, 50));
            Observe(loop, "b", RejectedLater<int>(loop, Reason, 80));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "a fulfilled 1@50", "b rejected Reason@80" }),
            "A pending promise must stay pending until resolve or reject is called, then become fulfilled or rejected.");
    }

    [Test]
    public void Rule_2_1_2_1_a_fulfilled_promise_never_becomes_rejected()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            Observe(loop, "before", deferred.Promise);
            deferred.Resolve(1);
            deferred.Reject(Reason);
            Observe(loop, "after", deferred.Promise);
            loop.SetTimeout(
                () =>
                {
                    deferred.Reject(Reason);
                    Observe(loop, "later", deferred.Promise);
                },
                50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "before fulfilled 1@0", "after fulfilled 1@0", "later fulfilled 1@50" }),
            "Once fulfilled, a promise must ignore reject, at once or later: it stays fulfilled.");
    }

    [Test]
    public void Rule_2_1_2_2_the_value_of_a_fulfilled_promise_never_changes()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            Observe(loop, "before", deferred.Promise);
            deferred.Resolve(1);
            deferred.Resolve(2);
            Observe(loop, "after", deferred.Promise);
            loop.SetTimeout(
                () =>
                {
                    deferred.Resolve(3);
                    Observe(loop, "later", deferred.Promise);
                },
                50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "before fulfilled 1@0", "after fulfilled 1@0", "later fulfilled 1@50" }),
            "Once fulfilled with 1, a promise must keep 1: later resolve calls change nothing.");
    }

    [Test]
    public void Rule_2_1_3_1_a_rejected_promise_never_becomes_fulfilled()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            Observe(loop, "before", deferred.Promise);
            deferred.Reject(Reason);
            deferred.Resolve(1);
            Observe(loop, "after", deferred.Promise);
            loop.SetTimeout(
                () =>
                {
                    deferred.Resolve(2);
                    Observe(loop, "later", deferred.Promise);
                },
                50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "before rejected Reason@0", "after rejected Reason@0", "later rejected Reason@50" }),
            "Once rejected, a promise must ignore resolve, at once or later: it stays rejected.");
    }

    [Test]
    public void Rule_2_1_3_2_the_reason_of_a_rejected_promise_never_changes()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            Observe(loop, "before", deferred.Promise);
            deferred.Reject(Reason);
            deferred.Reject(OtherReason);
            Observe(loop, "after", deferred.Promise);
            loop.SetTimeout(
                () =>
                {
                    deferred.Reject(OtherReason);
                    Observe(loop, "later", deferred.Promise);
                },
                50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "before rejected Reason@0", "after rejected Reason@0", "later rejected Reason@50" }),
            "Once rejected, a promise must keep its first reason (the same exception object): later reject calls change nothing.");
    }
}

namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>
/// Promises/A+ 2.3.1–2.3.2, the resolution procedure for a promise: what the promise <c>then</c> returns does when its callback returns
/// <c>x</c>. Here <c>x</c> comes back from <c>ThenAdopting</c>, typed as an <see cref="IThenable{T}"/>.
/// </summary>
public abstract class ResolutionRules(IPromiseAdapter adapter) : AplusRules(adapter)
{
    [Test]
    public void Rule_2_3_1_a_promise_resolved_with_itself_is_rejected_with_an_InvalidOperationException()
    {
        Run(loop =>
        {
            ITestPromise<int>? fromFulfilled = null;
            fromFulfilled = Resolved(loop, 1).ThenAdopting(_ => fromFulfilled!.Thenable);
            Observe(loop, "from onFulfilled", fromFulfilled);

            ITestPromise<int>? fromRejected = null;
            fromRejected = Rejected<int>(loop, Reason).ThenAdopting(_ => Resolved(loop, 0).Thenable, _ => fromRejected!.Thenable);
            Observe(loop, "from onRejected", fromRejected);
        });

        Assert.That(Seen, Has.Count.EqualTo(2).And.All.Contains(" rejected InvalidOperationException("),
            "A promise that would adopt itself must be rejected with an InvalidOperationException (JavaScript's TypeError), not wait forever.");
    }

    [Test]
    public void Rule_2_3_2_1_a_promise_adopting_a_pending_promise_waits_until_it_settles()
    {
        Run(loop =>
        {
            var x = ResolvedLater(loop, 42, 100);
            var y = RejectedLater<int>(loop, Reason, 150);
            Observe(loop, "adopts x", Resolved(loop, 1).ThenAdopting(_ => x.Thenable));
            Observe(loop, "adopts y", Resolved(loop, 1).ThenAdopting(_ => y.Thenable));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "adopts x fulfilled 42@100", "adopts y rejected Reason@150" }),
            "A promise resolved with a pending promise must stay pending until that promise settles.");
    }

    [Test]
    public void Rule_2_3_2_2_a_promise_adopting_a_fulfilled_promise_is_fulfilled_with_its_value()
    {
        Run(loop =>
        {
            Observe(loop, "already", Resolved(loop, 1).ThenAdopting(_ => Resolved(loop, 42).Thenable));
            Observe(loop, "later, from onRejected", Rejected<int>(loop, Reason).ThenAdopting(_ => Resolved(loop, -1).Thenable, _ => ResolvedLater(loop, 43, 50).Thenable));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "already fulfilled 42@0", "later, from onRejected fulfilled 43@50" }),
            "A promise resolved with a promise must be fulfilled with that promise's value, when it has one.");
    }

    [Test]
    public void Rule_2_3_2_3_a_promise_adopting_a_rejected_promise_is_rejected_with_its_reason()
    {
        Run(loop =>
        {
            Observe(loop, "already", Resolved(loop, 1).ThenAdopting(_ => Rejected<int>(loop, Reason).Thenable));
            Observe(loop, "later, from onRejected", Rejected<int>(loop, OtherReason).ThenAdopting(_ => Resolved(loop, -1).Thenable, _ => RejectedLater<int>(loop, Reason, 50).Thenable));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "already rejected Reason@0", "later, from onRejected rejected Reason@50" }),
            "A promise resolved with a promise must be rejected with that promise's reason, when it has one.");
    }
}

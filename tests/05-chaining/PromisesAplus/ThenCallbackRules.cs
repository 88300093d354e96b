namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>Promises/A+ 2.2.1–2.2.6: when, how often and in what order <c>then</c> calls its callbacks.</summary>
/// <remarks>2.2.5 (callbacks are called as plain functions, without a <c>this</c>) has no meaning in C# and is left out.</remarks>
public abstract class ThenCallbackRules(IPromiseAdapter adapter) : AplusRules(adapter)
{
    [Test]
    public void Rule_2_2_1_1_onFulfilled_may_be_left_out()
    {
        Run(loop =>
        {
            Observe(loop, "fulfilled, caught", Resolved(loop, 1).Catch(_ => Record(loop, "onRejected")));
            Observe(loop, "rejected, caught", Rejected<int>(loop, Reason).Catch(error => Record(loop, "onRejected " + Describe(error))));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "onRejected Reason@0", "fulfilled, caught fulfilled 1@0", "rejected, caught fulfilled 0@0" }),
            "Catch is then without onFulfilled: on a fulfilled promise nothing runs, on a rejected one onRejected runs.");
    }

    [Test]
    public void Rule_2_2_1_2_onRejected_may_be_left_out()
    {
        Run(loop =>
        {
            Observe(loop, "rejected", Rejected<int>(loop, Reason).Then(_ => Record(loop, "onFulfilled")));
            Observe(loop, "fulfilled", Resolved(loop, 1).Then(value => Record(loop, "onFulfilled " + value)));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "onFulfilled 1@0", "rejected rejected Reason@0", "fulfilled fulfilled 0@0" }),
            "then without onRejected: on a rejected promise nothing runs, on a fulfilled one onFulfilled runs.");
    }

    [Test]
    public void Rule_2_2_2_1_onFulfilled_is_called_with_the_value_after_fulfilment()
    {
        Run(loop =>
        {
            var deferred = Deferred<string>(loop);
            deferred.Promise.Then(value => Record(loop, "onFulfilled " + value));
            loop.SetTimeout(() => deferred.Resolve("🐶"), 50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "onFulfilled 🐶@50" }), "onFulfilled must run once the promise is fulfilled, with its value.");
    }

    [Test]
    public void Rule_2_2_2_2_onFulfilled_is_not_called_before_fulfilment()
    {
        Run(loop =>
        {
            Deferred<string>(loop).Promise.Then(value => Record(loop, "never resolved " + value));
            ResolvedLater(loop, "🐶", 50).Then(value => Record(loop, "resolved at 50 " + value));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "resolved at 50 🐶@50" }), "onFulfilled must not run before the promise is fulfilled.");
    }

    [Test]
    public void Rule_2_2_2_3_onFulfilled_is_called_at_most_once()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            deferred.Promise.Then(value => Record(loop, "onFulfilled " + value));
            deferred.Resolve(1);
            deferred.Resolve(2);
            deferred.Reject(Reason);
            loop.SetTimeout(() => deferred.Resolve(3), 50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "onFulfilled 1@0" }), "onFulfilled must run once, however often resolve is called.");
    }

    [Test]
    public void Rule_2_2_3_1_onRejected_is_called_with_the_reason_after_rejection()
    {
        Run(loop =>
        {
            var deferred = Deferred<string>(loop);
            deferred.Promise.Then(_ => Record(loop, "onFulfilled"), error => Record(loop, "onRejected " + Describe(error)));
            loop.SetTimeout(() => deferred.Reject(Reason), 50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "onRejected Reason@50" }), "onRejected must run once the promise is rejected, with its reason.");
    }

    [Test]
    public void Rule_2_2_3_2_onRejected_is_not_called_before_rejection()
    {
        Run(loop =>
        {
            Deferred<string>(loop).Promise.Then(_ => 0, error => Record(loop, "never rejected " + Describe(error)));
            RejectedLater<string>(loop, Reason, 50).Then(_ => 0, error => Record(loop, "rejected at 50 " + Describe(error)));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "rejected at 50 Reason@50" }), "onRejected must not run before the promise is rejected.");
    }

    [Test]
    public void Rule_2_2_3_3_onRejected_is_called_at_most_once()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            deferred.Promise.Then(_ => 0, error => Record(loop, "onRejected " + Describe(error)));
            deferred.Reject(Reason);
            deferred.Reject(OtherReason);
            deferred.Resolve(1);
            loop.SetTimeout(() => deferred.Reject(OtherReason), 50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "onRejected Reason@0" }), "onRejected must run once, however often reject is called.");
    }

    [Test]
    public void Rule_2_2_4_callbacks_run_only_after_the_code_that_registered_or_settled_them_returns()
    {
        Run(loop =>
        {
            Resolved(loop, 1).Then(_ => Record(loop, "onFulfilled of a fulfilled promise"));
            Rejected<int>(loop, Reason).Then(_ => 0, _ => Record(loop, "onRejected of a rejected promise"));
            Record(loop, "then returned");

            var deferred = Deferred<int>(loop);
            deferred.Promise.Then(_ => Record(loop, "onFulfilled of a pending promise"));
            deferred.Resolve(1);
            Record(loop, "resolve returned");

            Resolved(loop, 2).Then(_ =>
            {
                Resolved(loop, 3).Then(_ => Record(loop, "then inside a callback"));
                return Record(loop, "the outer callback is done");
            });
        });

        Assert.That(Seen, Is.EqualTo(new[]
            {
                "then returned@0", "resolve returned@0", "onFulfilled of a fulfilled promise@0", "onRejected of a rejected promise@0",
                "onFulfilled of a pending promise@0", "the outer callback is done@0", "then inside a callback@0",
            }),
            "A callback must never run inside then, resolve or reject, nor inside another callback: it runs later, as a microtask.");
    }

    [Test]
    public void Rule_2_2_6_1_onFulfilled_callbacks_run_in_the_order_then_was_called()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            deferred.Promise.Then(_ => Record(loop, "first"));
            deferred.Promise.Then<int>(_ =>
            {
                Record(loop, "second, throws");
                deferred.Promise.Then(_ => Record(loop, "fifth, registered by the second"));
                throw OtherReason;
            });
            deferred.Promise.Then(_ => Record(loop, "third"));
            loop.SetTimeout(
                () =>
                {
                    deferred.Resolve(1);
                    deferred.Promise.Then(_ => Record(loop, "fourth, registered after resolve"));
                },
                50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "first@50", "second, throws@50", "third@50", "fourth, registered after resolve@50", "fifth, registered by the second@50" }),
            "onFulfilled callbacks must run in the order then was called, each once, even when one of them throws.");
    }

    [Test]
    public void Rule_2_2_6_2_onRejected_callbacks_run_in_the_order_then_was_called()
    {
        Run(loop =>
        {
            var deferred = Deferred<int>(loop);
            deferred.Promise.Catch(_ => Record(loop, "first"));
            deferred.Promise.Then(_ => Record(loop, "never"), _ =>
            {
                Record(loop, "second, throws");
                throw OtherReason;
            });
            deferred.Promise.Catch(_ => Record(loop, "third"));
            loop.SetTimeout(
                () =>
                {
                    deferred.Reject(Reason);
                    deferred.Promise.Catch(_ => Record(loop, "fourth, registered after reject"));
                },
                50);
        });

        Assert.That(Seen, Is.EqualTo(new[] { "first@50", "second, throws@50", "third@50", "fourth, registered after reject@50" }),
            "onRejected callbacks must run in the order then was called, each once, even when one of them throws.");
    }
}

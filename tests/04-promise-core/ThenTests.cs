using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.PromiseCore.Tests;

public sealed class ThenTests() : KataFixture(Smoke)
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void Rule_2_1_2_2_the_value_of_a_fulfilled_promise_never_changes()
    {
        var seen = new List<int>();
        KataRun.Run(loop =>
        {
            var deferred = new Deferred<int>(loop);
            deferred.Promise.Then(seen.Add);
            deferred.Resolve(1);
            deferred.Resolve(2);
            deferred.Promise.Then(seen.Add);
        });

        Assert.That(seen, Is.EqualTo(new[] { 1, 1 }),
            "Resolved with 1 and then with 2, the promise keeps 1: every callback, registered before or after, sees 1.");
    }

    [Test]
    public void Rule_2_1_3_2_the_reason_of_a_rejected_promise_never_changes()
    {
        var seen = new List<Exception>();
        var later = new InvalidOperationException("later");
        KataRun.Run(loop =>
        {
            var deferred = new Deferred<int>(loop);
            deferred.Promise.Then(null, seen.Add);
            deferred.Reject(Boom);
            deferred.Reject(later);
            deferred.Promise.Then(null, seen.Add);
        });

        Assert.That(seen, Is.EqualTo(new[] { Boom, Boom }),
            "Rejected with 💥 and then with another reason, the promise keeps 💥: every callback sees the same exception object.");
    }

    [Test]
    public void Rule_2_2_1_1_a_missing_onFulfilled_is_ignored()
    {
        var reasons = new List<Exception>();
        KataRun.Run(loop =>
        {
            var fulfilled = new Deferred<int>(loop);
            fulfilled.Promise.Then(null, reasons.Add);
            fulfilled.Resolve(1);

            var rejected = new Deferred<int>(loop);
            rejected.Promise.Then(null, reasons.Add);
            rejected.Reject(Boom);
        });

        Assert.That(reasons, Is.EqualTo(new[] { Boom }),
            "Then(null, onRejected): a null onFulfilled is skipped when the promise is fulfilled, and onRejected still runs when it is rejected.");
    }

    [Test]
    public void Rule_2_2_1_2_a_missing_onRejected_is_ignored()
    {
        var values = new List<int>();
        KataRun.Run(loop =>
        {
            var rejected = new Deferred<int>(loop);
            rejected.Promise.Then(values.Add);
            rejected.Reject(Boom);

            var fulfilled = new Deferred<int>(loop);
            fulfilled.Promise.Then(values.Add);
            fulfilled.Resolve(1);
        });

        Assert.That(values, Is.EqualTo(new[] { 1 }),
            "Then(onFulfilled) without onRejected: nothing runs when the promise is rejected, and onFulfilled still runs when it is fulfilled.");
    }

    [Test]
    public void Rule_2_2_2_1_onFulfilled_is_called_with_the_value_after_the_promise_is_fulfilled()
    {
        Once<string>? onFulfilled = null;
        KataRun.Run(loop =>
        {
            onFulfilled = new Once<string>(loop, "onFulfilled");
            var deferred = new Deferred<string>(loop);
            deferred.Promise.Then(onFulfilled.Callback);
            loop.SetTimeout(() => deferred.Resolve("🐶"), 100);
        });

        FailIfLost(onFulfilled!.Calls.Count > 0 ? ["onFulfilled"] : [], "resolved at 100 ms", "onFulfilled");
        Assert.That(onFulfilled!.Calls, Is.EqualTo(new[] { (100L, "🐶") }),
            "Resolved at 100 ms, the promise must call onFulfilled once, at 100 ms, with \"🐶\": queue the callbacks when the promise settles.");
    }

    [Test]
    public void Rule_2_2_2_2_onFulfilled_is_not_called_before_the_promise_is_fulfilled()
    {
        var calls = 0;
        KataRun.Run(loop =>
        {
            var neverSettled = new Deferred<string>(loop);
            neverSettled.Promise.Then(_ => calls++);
        });

        Assert.That(calls, Is.Zero, "onFulfilled ran although the promise was never resolved.");
    }

    [Test]
    public void Rule_2_2_2_3_onFulfilled_is_called_at_most_once()
    {
        Once<int>? onFulfilled = null;
        KataRun.Run(loop =>
        {
            onFulfilled = new Once<int>(loop, "onFulfilled");
            var deferred = new Deferred<int>(loop);
            deferred.Promise.Then(onFulfilled.Callback);
            deferred.Resolve(1);
            deferred.Resolve(2);
            loop.SetTimeout(() => deferred.Resolve(3), 10);
        });

        Assert.That(onFulfilled!.Calls, Is.EqualTo(new[] { (0L, 1) }),
            "onFulfilled must run once, with the first value: forget the callbacks once they are queued, and ignore later resolves.");
    }

    [Test]
    public void Rule_2_2_3_1_onRejected_is_called_with_the_reason_after_the_promise_is_rejected()
    {
        Once<Exception>? onRejected = null;
        KataRun.Run(loop =>
        {
            onRejected = new Once<Exception>(loop, "onRejected");
            var deferred = new Deferred<string>(loop);
            deferred.Promise.Then(null, onRejected.Callback);
            loop.SetTimeout(() => deferred.Reject(Boom), 100);
        });

        FailIfLost(onRejected!.Calls.Count > 0 ? ["onRejected"] : [], "rejected at 100 ms", "onRejected");
        Assert.That(onRejected!.Calls, Is.EqualTo(new[] { (100L, (Exception)Boom) }),
            "Rejected at 100 ms, the promise must call onRejected once, at 100 ms, with the reason it was rejected with.");
    }

    [Test]
    public void Rule_2_2_3_2_onRejected_is_not_called_before_the_promise_is_rejected()
    {
        var calls = 0;
        KataRun.Run(loop =>
        {
            var neverSettled = new Deferred<string>(loop);
            neverSettled.Promise.Then(null, _ => calls++);
        });

        Assert.That(calls, Is.Zero, "onRejected ran although the promise was never rejected.");
    }

    [Test]
    public void Rule_2_2_3_3_onRejected_is_called_at_most_once()
    {
        Once<Exception>? onRejected = null;
        KataRun.Run(loop =>
        {
            onRejected = new Once<Exception>(loop, "onRejected");
            var deferred = new Deferred<int>(loop);
            deferred.Promise.Then(null, onRejected.Callback);
            deferred.Reject(Boom);
            deferred.Reject(new InvalidOperationException("again"));
            loop.SetTimeout(() => deferred.Resolve(3), 10);
        });

        Assert.That(onRejected!.Calls, Is.EqualTo(new[] { (0L, (Exception)Boom) }),
            "onRejected must run once, with the first reason: forget the callbacks once they are queued, and ignore later calls.");
    }

    [Test]
    public void Rule_2_2_4_Then_on_a_settled_promise_returns_before_the_callback_runs()
    {
        var log = new List<string>();
        KataRun.Run(loop =>
        {
            var fulfilled = new Deferred<int>(loop);
            fulfilled.Resolve(1);
            var rejected = new Deferred<int>(loop);
            rejected.Reject(Boom);

            fulfilled.Promise.Then(_ => log.Add("onFulfilled"));
            rejected.Promise.Then(null, _ => log.Add("onRejected"));
            log.Add("Then returned");
        });

        Assert.That(log, Is.EqualTo(new[] { "Then returned", "onFulfilled", "onRejected" }),
            "Then on a promise that has already settled must not call back at once: queue the callback with loop.QueueMicrotask (step 3).");
    }

    [Test]
    public void Rule_2_2_4_resolve_and_reject_return_before_the_callbacks_run()
    {
        var log = new List<string>();
        KataRun.Run(loop =>
        {
            var fulfilled = new Deferred<int>(loop);
            var rejected = new Deferred<int>(loop);
            fulfilled.Promise.Then(_ => log.Add("onFulfilled"));
            rejected.Promise.Then(null, _ => log.Add("onRejected"));

            fulfilled.Resolve(1);
            log.Add("resolve returned");
            rejected.Reject(Boom);
            log.Add("reject returned");
        });

        FailIfLost(log, "resolved and rejected at 0 ms", "onFulfilled", "onRejected");
        Assert.That(log, Is.EqualTo(new[] { "resolve returned", "reject returned", "onFulfilled", "onRejected" }),
            "resolve and reject must not run the callbacks themselves: they queue them as microtasks, which run after the current callback (step 2).");
    }

    [Test]
    public void Then_callbacks_run_as_microtasks_before_any_timer()
    {
        var transcript = KataRun.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("0 ms timer"), 0);
            var settled = new Deferred<string>(loop);
            settled.Resolve("🐶");
            settled.Promise.Then(value => loop.Log("registered after resolve: " + value));
            var pending = new Deferred<string>(loop);
            pending.Promise.Then(value => loop.Log("registered while pending: " + value));
            pending.Resolve("🐷");
        });

        var texts = transcript.Lines.Select(line => line.Text).ToList();
        FailIfLost(texts.Select(text => text.Split(':')[0]), "resolved at 0 ms", "registered while pending");
        Assert.That(texts, Is.EqualTo(new[] { "registered after resolve: 🐶", "registered while pending: 🐷", "0 ms timer" }),
            "Callbacks are microtasks, whether Then came before or after the promise settled: they run before a timer, even a 0 ms " +
            "timer scheduled earlier. Use loop.QueueMicrotask, not loop.SetTimeout (steps 2 and 3).");
    }

    [Test]
    public void Rule_2_2_6_1_onFulfilled_callbacks_run_in_the_order_Then_was_called()
    {
        var order = new List<string>();
        var probe = new SynchronousProbe();
        KataRun.Run(loop =>
        {
            var deferred = new Deferred<int>(loop);
            probe.Call(() =>
            {
                deferred.Promise.Then(_ => probe.Ran(order, "first"));
                deferred.Promise.Then(_ =>
                {
                    probe.Ran(order, "second");
                    probe.Call(() => deferred.Promise.Then(_ => probe.Ran(order, "fifth, registered by the second")));
                });
                deferred.Promise.Then(_ => probe.Ran(order, "third"));
            });
            loop.SetTimeout(
                () => probe.Call(() =>
                {
                    deferred.Resolve(1);
                    deferred.Promise.Then(_ => probe.Ran(order, "fourth, registered after resolve"));
                }),
                10);
        });

        probe.AssertNoneRanSynchronously();
        FailIfLost(order, "resolved at 10 ms", "first", "second", "third");
        Assert.That(order, Is.EqualTo(new[] { "first", "second", "third", "fourth, registered after resolve", "fifth, registered by the second" }),
            "Callbacks must run in the order Then was called: queue the waiting ones in registration order when the promise settles; " +
            "a Then on the settled promise queues behind them.");
    }

    [Test]
    public void Rule_2_2_6_2_onRejected_callbacks_run_in_the_order_Then_was_called()
    {
        var order = new List<string>();
        var probe = new SynchronousProbe();
        KataRun.Run(loop =>
        {
            var deferred = new Deferred<int>(loop);
            probe.Call(() =>
            {
                deferred.Promise.Then(null, _ => probe.Ran(order, "first"));
                deferred.Promise.Then(_ => probe.Ran(order, "never: the promise is rejected"), _ => probe.Ran(order, "second"));
                deferred.Promise.Then(null, _ => probe.Ran(order, "third"));
            });
            loop.SetTimeout(
                () => probe.Call(() =>
                {
                    deferred.Reject(Boom);
                    deferred.Promise.Then(null, _ => probe.Ran(order, "fourth, registered after reject"));
                }),
                10);
        });

        probe.AssertNoneRanSynchronously();
        FailIfLost(order, "rejected at 10 ms", "first", "second", "third");
        Assert.That(order, Is.EqualTo(new[] { "first", "second", "third", "fourth, registered after reject" }),
            "onRejected callbacks must run in the order Then was called, and no onFulfilled may run on a rejected promise.");
    }

    // Callbacks registered while the promise was pending must run once it settles: name those that never did, before
    // any assertion about order or timing talks about something else.
    private static void FailIfLost(IEnumerable<string> ran, string settled, params string[] registeredWhilePending)
    {
        var seen = ran.ToHashSet();
        var lost = registeredWhilePending.Where(name => !seen.Contains(name)).Select(name => $"\"{name}\"").ToList();
        if (lost.Count > 0)
        {
            var (they, were) = lost.Count == 1 ? ("It", "was") : ("They", "were");
            Assert.Fail(
                $"{string.Join(", ", lost)} never ran. {they} {were} registered with Then while the promise was pending, and lost " +
                $"when it settled ({settled}): a callback registered before settling never ran. When the promise settles, queue " +
                "one microtask per callback registered so far, in registration order, then forget the list (step 2).");
        }
    }

    private static void Smoke(EventLoop loop)
    {
        var deferred = new Deferred<int>(loop);
        deferred.Promise.Then(_ => { });
        deferred.Resolve(1);
    }
}

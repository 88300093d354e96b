using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Chaining.Tests;

public sealed class ChainingTests() : KataFixture(loop => new Promise<int>(loop, (resolve, _) => resolve(1)).Then(value => value + 1))
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void Then_returns_a_new_promise_for_what_the_callback_returns()
    {
        var transcript = KataRun.Run(loop => Resolved(loop, 1)
            .Then(value => value + 1)
            .Then(value => $"{value * 10} 🐷")
            .Then(text => loop.Log(text)));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "20 🐷" }),
            "Each Then must return a new promise, fulfilled with what its callback returned (step 1).");
    }

    [Test]
    public void A_throw_in_a_callback_rejects_the_next_promise_and_skips_to_the_next_onRejected()
    {
        var transcript = KataRun.Run(loop => Resolved(loop, 1)
            .Then(value => value == 1 ? throw Boom : value)
            .Then(value => loop.Log("skipped: " + value))
            .Then(_ => loop.Log("skipped too"), error => loop.Log("onRejected " + error.Message))
            .Then(_ => loop.Log("recovered")));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "onRejected 💥", "recovered" }),
            "A callback that throws rejects the promise Then returned; a Then without onRejected passes the reason on; " +
            "an onRejected that returns fulfils the next promise again (step 1). Exceptions must not reach the loop.");
    }

    [Test]
    public void Catch_handles_a_rejection_and_passes_a_value_through_untouched()
    {
        var transcript = KataRun.Run(loop =>
        {
            Resolved(loop, "🐶").Catch(_ => "never").Then(value => loop.Log("value " + value));
            Rejected<string>(loop, Boom).Catch(error => "caught " + error.Message).Then(value => loop.Log("value " + value));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EquivalentTo(new[] { "value 🐶", "value caught 💥" }),
            "Catch runs only on a rejection and fulfils the next promise with what it returns; a value passes through it untouched (step 2).");
    }

    [Test]
    public void A_returned_promise_is_adopted_not_nested()
    {
        var transcript = KataRun.Run(loop =>
        {
            Promise<string> adopted = Resolved(loop, 1).Then(_ => Later(loop, "🐷", 300));
            adopted.Then(value => loop.Log("adopted " + value));
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (300L, "adopted 🐷") }),
            "When a callback returns a promise, the promise Then returned must wait for it and take its value (step 3).");
    }

    [Test]
    public void A_returned_rejected_promise_rejects_the_next_promise()
    {
        var transcript = KataRun.Run(loop => Resolved(loop, 1)
            .Then(_ => Rejected<string>(loop, Boom))
            .Then(value => loop.Log("never " + value), error => loop.Log("rejected " + error.Message)));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "rejected 💥" }),
            "When a callback returns a rejected promise, the promise Then returned must be rejected with the same reason (step 3).");
    }

    [Test]
    public void Resolving_a_promise_with_itself_rejects_it_with_a_clear_error()
    {
        Exception? reason = null;
        KataRun.Run(loop =>
        {
            Promise<int>? self = null;
            self = Resolved(loop, 1).Then(_ => self!);
            self.Then(_ => { }, error => reason = error);
        });

        Assert.That(reason, Is.InstanceOf<InvalidOperationException>(),
            "A promise resolved with itself would wait for itself forever: reject it with an InvalidOperationException instead (step 3).");
        // JavaScript's own words ("Chaining cycle detected for promise #<Promise>") say it as well as any.
        Assert.That(reason!.Message, Does.Contain("itself").IgnoreCase.Or.Contain("cycle").IgnoreCase,
            "Say what went wrong in the message, e.g. \"Chaining cycle: a promise cannot be resolved with itself.\"");
    }

    [Test]
    public void The_executor_s_first_call_wins_even_while_it_adopts_a_pending_promise()
    {
        var seen = new List<string>();
        KataRun.Run(loop =>
        {
            // Node: both are fulfilled, at 100 and 50 ms (tests/node-corpus/15-first-call-wins).
            new Promise<object>(loop, (resolve, reject) =>
            {
                resolve(Later<object>(loop, "🐷", 100));
                reject(Boom);
            }).Then(value => seen.Add($"promise: fulfilled {value} at {loop.Now} ms"), error => seen.Add($"promise: rejected with {error.Message} at {loop.Now} ms"));
            new Promise<object>(loop, (resolve, reject) =>
            {
                resolve(new PromisesAplus.ScriptedThenable<object>((onFulfilled, _) => loop.SetTimeout(() => onFulfilled("🐶"), 50)));
                reject(Boom);
            }).Then(value => seen.Add($"thenable: fulfilled {value} at {loop.Now} ms"), error => seen.Add($"thenable: rejected with {error.Message} at {loop.Now} ms"));
        });

        if (seen.FirstOrDefault(line => line.Contains("rejected", StringComparison.Ordinal)) is { } rejected)
        {
            Assert.Fail(
                $"The executor called resolve(a pending {rejected.Split(':')[0]}) and then reject(💥), and the promise was {rejected.Split(": ")[1]}. " +
                "The first call wins, as in JavaScript: resolve has already handed the promise over to what it was resolved with, " +
                "so the later reject is ignored — even though the promise is still Pending while it waits. Decide by \"was resolve " +
                "or reject already called?\" (one flag shared by both), not by the promise's state (step 3).");
        }

        Assert.That(seen, Is.EqualTo(new[] { "thenable: fulfilled 🐶 at 50 ms", "promise: fulfilled 🐷 at 100 ms" }),
            "A promise resolved with a pending promise or thenable follows it: it is fulfilled when that one is (step 3).");
    }

    [Test]
    public void Finally_runs_its_callback_once_even_when_it_throws()
    {
        var runs = new List<string>();
        var replaced = new InvalidOperationException("🔥");
        KataRun.Run(loop =>
        {
            Resolved(loop, "🐶").Finally(() => runs.Add("after a value")).Catch(_ => "caught");
            Rejected<string>(loop, Boom).Finally(() => runs.Add("after a reason")).Catch(_ => "caught");
            Resolved(loop, "🐶").Finally(() =>
            {
                runs.Add("after a value, throwing");
                throw replaced;
            }).Catch(_ => "caught");
            Rejected<string>(loop, Boom).Finally(() =>
            {
                runs.Add("after a reason, throwing");
                throw replaced;
            }).Catch(_ => "caught");
        });

        var twice = runs.GroupBy(run => run).Where(group => group.Count() > 1).Select(group => $"{group.Key} ({group.Count()} times)").ToList();
        if (twice.Count > 0)
        {
            Assert.Fail(
                $"Finally's callback ran more than once: {string.Join(", ", twice)}. It must run exactly once, like a finally block. " +
                "A Finally built as Then(…onFinally…).Catch(…onFinally…) runs it on the way through Then, and when it throws there, " +
                "the Catch behind it sees that exception and runs it again. Give one Then both callbacks instead — " +
                "Then(value => …, reason => …) — so exactly one of them runs (step 4).");
        }

        Assert.That(runs, Is.EquivalentTo(new[] { "after a value", "after a reason", "after a value, throwing", "after a reason, throwing" }),
            "Finally's callback runs once whichever way the promise settles, whether or not it throws (step 4).");
    }

    [Test]
    public void Finally_passes_the_value_through()
    {
        var transcript = KataRun.Run(loop => Later(loop, "🐶", 200)
            .Finally(() => loop.Log("finally"))
            .Then(value => loop.Log("value " + value)));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (200L, "finally"), (200L, "value 🐶") }),
            "Finally runs its callback once the promise settles, with no argument, and passes the value on unchanged (step 4).");
    }

    [Test]
    public void Finally_passes_the_reason_through()
    {
        var transcript = KataRun.Run(loop => Rejected<string>(loop, Boom)
            .Finally(() => loop.Log("finally"))
            .Then(value => loop.Log("never " + value), error => loop.Log("rejected " + error.Message)));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "finally", "rejected 💥" }),
            "Finally must not swallow a rejection: after its callback, the same reason passes on (step 4).");
    }

    [Test]
    public void A_throw_inside_Finally_replaces_the_outcome()
    {
        var replaced = new InvalidOperationException("🔥");
        var transcript = KataRun.Run(loop =>
        {
            Resolved(loop, "🐶").Finally(() => throw replaced).Catch(error => "caught " + error.Message).Then(value => loop.Log("after a value: " + value));
            Rejected<string>(loop, Boom).Finally(() => throw replaced).Catch(error => "caught " + error.Message).Then(value => loop.Log("after a reason: " + value));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EquivalentTo(new[] { "after a value: caught 🔥", "after a reason: caught 🔥" }),
            "When the Finally callback throws, its exception replaces the value or the reason (step 4).");
    }

    [Test]
    public void Then_with_a_void_callback_fulfils_the_next_promise_with_null()
    {
        var transcript = KataRun.Run(loop => Resolved(loop, 1)
            .Then(_ => loop.Log("void callback"))
            .Then(value => loop.Log("next got " + (value ?? "null"))));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "void callback", "next got null" }));
    }

    [Test]
    public void Each_step_of_a_chain_takes_one_microtask_so_two_chains_interleave()
    {
        var transcript = KataRun.Run(loop =>
        {
            Resolved(loop, 0).Then(_ => loop.Log("a1")).Then(_ => loop.Log("a2")).Then(_ => loop.Log("a3"));
            Resolved(loop, 0).Then(_ => loop.Log("b1")).Then(_ => loop.Log("b2")).Then(_ => loop.Log("b3"));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "a1", "b1", "a2", "b2", "a3", "b3" }),
            "A step's callback is queued when the step before it settles, one microtask each, as in JavaScript: " +
            "settle the next promise as soon as the callback returns, and queue its reactions then.");
    }

    [Test]
    public void Adopting_a_returned_promise_takes_a_microtask_turn_of_its_own()
    {
        // Node's order (tests/node-corpus/08-adoption): a2 comes two turns after a plain step would, one turn to
        // call the returned promise's Then (a microtask of its own) and one for that promise's reaction.
        var transcript = KataRun.Run(loop =>
        {
            Resolved(loop, 0)
                .Then(_ =>
                {
                    loop.Log("a1: returns a fulfilled promise");
                    return Resolved(loop, "x");
                })
                .Then(value => loop.Log("a2: got " + value));
            Resolved(loop, 0).Then(_ => loop.Log("b1")).Then(_ => loop.Log("b2")).Then(_ => loop.Log("b3")).Then(_ => loop.Log("b4"));
        });

        AssertAdoptionOrder(
            transcript,
            ["a1: returns a fulfilled promise", "b1", "b2", "b3", "a2: got x", "b4"],
            "a2: got x",
            "b3",
            "the returned promise's Then was called inside the step that returned it");
    }

    [Test]
    public void Adopting_a_thenable_passed_to_resolve_takes_a_microtask_turn_of_its_own()
    {
        // The executor's resolve runs the same procedure: JavaScript's resolve(aPromise) queues the call of its then.
        // Node prints b1, b2, a, b3 for the same program.
        var transcript = KataRun.Run(loop =>
        {
            new Promise<object>(loop, (resolve, _) => resolve(Resolved<object>(loop, "x"))).Then(value => loop.Log("a: got " + value));
            Resolved(loop, 0).Then(_ => loop.Log("b1")).Then(_ => loop.Log("b2")).Then(_ => loop.Log("b3"));
        });

        AssertAdoptionOrder(transcript, ["b1", "b2", "a: got x", "b3"], "a: got x", "b2", "resolve(thenable) called the thenable's Then at once");
    }

    [Test]
    public void A_callback_exception_that_reaches_the_loop_is_told_to_reject_the_promise_Then_returned()
    {
        var thrown = new UncaughtThrow(Boom, ThrowOrigin.Test, "Promise.Then", "katas/05-chaining/Promise.cs:line 60", InLambda: true, Callee: "ChainingTests.A_test");

        Assert.That(new ChainingAdvice().Advise(thrown), Does.StartWith("A callback's exception must never reach the loop").And.Contain("A+ 2.2.7.2"));
    }

    private static Promise<T> Resolved<T>(EventLoop loop, T value) => new(loop, (resolve, _) => resolve(value));

    private static Promise<T> Rejected<T>(EventLoop loop, Exception reason) => new(loop, (_, reject) => reject(reason));

    private static Promise<T> Later<T>(EventLoop loop, T value, long delayMs) => new(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));

    // Checks an interleaving of an adopting chain with a counting chain. Adopting synchronously puts `adopted` one turn
    // early, before `overtaken`; that mistake is named, any other order is explained by the expected one.
    private static void AssertAdoptionOrder(Transcript transcript, string[] expected, string adopted, string overtaken, string synchronously)
    {
        var texts = transcript.Lines.Select(line => line.Text).ToList();
        var adoptedAt = texts.IndexOf(adopted);
        var overtakenAt = texts.IndexOf(overtaken);
        if (adoptedAt >= 0 && overtakenAt >= 0 && adoptedAt < overtakenAt)
        {
            Assert.Fail(
                $"adoption must take a microtask turn of its own: \"{adopted}\" came before \"{overtaken}\", one microtask too early, so " +
                $"{synchronously}. Queue that call with loop.QueueMicrotask (step 3), as JavaScript does: Node prints " +
                $"{string.Join(", ", expected)}. You printed {string.Join(", ", texts)}.");
        }

        Assert.That(texts, Is.EqualTo(expected),
            "Adopting a promise takes two microtask turns more than a plain step, as in Node (tests/node-corpus/08-adoption): one for the " +
            "microtask that calls the thenable's Then, one for the thenable's reaction, which settles the adopting promise (step 3).");
    }
}

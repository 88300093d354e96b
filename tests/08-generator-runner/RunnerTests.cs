using ContinuationKatas.NodePrograms;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;
using static Katas.GeneratorRunner.Co;

namespace Katas.GeneratorRunner.Tests;

public sealed class RunnerTests() : KataFixture(Interleaved.Run)
{
    [Test]
    public void The_runners_steps_take_their_microtask_turns_exactly_as_in_Node()
    {
        NodeTranscripts.Approve("22-generator-interleaved", RunProgram(), RunnerMistakes.All);
    }

    [Test]
    public void The_body_runs_at_once_inside_Run_up_to_its_first_yield()
    {
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("before Run");
            Run<int>(loop, Body(loop));
            loop.Log("after Run");
        });

        Assert.That(Texts(transcript), Is.EqualTo(new[] { "before Run", "body: start", "after Run", "body: resumed with 1" }),
            "Run must run the body at once, inside the call, up to its first yield (as an async function does up to its first " +
            "await), then return; the rest runs later, when the yielded promise's reaction resumes it (steps 1 and 2).");

        static IEnumerable<object> Body(EventLoop loop)
        {
            loop.Log("body: start");
            var one = Await(Promise.Resolve(loop, 1));
            yield return one;
            loop.Log($"body: resumed with {one.Value}");
        }
    }

    [Test]
    public void The_iterator_resumes_after_the_code_that_settled_the_promise_has_finished()
    {
        var transcript = KataRun.Run(loop =>
        {
            Action<string>? settle = null;
            var promise = new Promise<string>(loop, (resolve, _) => settle = resolve);
            loop.SetTimeout(
                () =>
                {
                    loop.Log("timer: resolving");
                    settle!("🐶");
                    loop.Log("timer: resolved");
                },
                1000);
            Run<string>(loop, Body(loop, promise));
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)),
            Is.EqualTo(new[] { (1000L, "timer: resolving"), (1000L, "timer: resolved"), (1000L, "body: resumed with 🐶") }),
            RunnerMistakes.ResumesInline.Applies(transcript) || Before(transcript, "body: resumed with 🐶", "timer: resolved")
                ? "The runner resumes inline: the iterator ran on inside the timer callback that settled the promise. Resume it in the promise's reaction (step 2)."
                : "The iterator must resume at 1000 ms, once, right after the timer callback that settled its promise (step 2).");

        static IEnumerable<object> Body(EventLoop loop, Promise<string> promise)
        {
            var dog = Await(promise);
            yield return dog;
            loop.Log($"body: resumed with {dog.Value}");
        }
    }

    [Test]
    public void Yielding_Return_fulfils_the_runners_promise_with_that_value_when_it_is_yielded()
    {
        var (fulfilled, rejected, transcript) = Outcome<string>(loop => AfterOneSecond(loop, "🐶", dog => Return(dog + "!"), also: "after Return"));

        Assert.That(rejected, Is.Empty, "The runner's promise must not be rejected.");
        Assert.That(fulfilled, Is.EqualTo(new[] { (1000L, "🐶!") }),
            "Return(value) is `return value;`: the runner's promise is fulfilled with it, then (at 1000 ms here), and the " +
            "iterator is not resumed again: nothing after `yield return Return(…)` runs (step 1).");
        Assert.That(Texts(transcript), Is.Empty, "Nothing after `yield return Return(…)` may run: the runner must not call MoveNext again (step 1).");
    }

    [Test]
    public void An_iterator_that_runs_off_its_end_fulfils_the_runners_promise_with_no_value()
    {
        var (fulfilled, rejected, _) = Outcome<string?>(loop => AfterOneSecond(loop, "🐶", _ => null));

        Assert.That(rejected, Is.Empty, "The runner's promise must not be rejected.");
        Assert.That(fulfilled, Is.EqualTo(new[] { (1000L, (string?)null) }),
            "When MoveNext returns false, the body has ended without a Return: the runner's promise is fulfilled then with " +
            "default (null, the JavaScript's undefined) (step 1).");
    }

    [Test]
    public void An_iterator_that_throws_rejects_the_runners_promise_with_that_exception()
    {
        var boom = new InvalidOperationException("💥");
        var (early, earlyRejected, _) = Outcome<string>(_ => Throws(boom));
        var (late, lateRejected, _) = Outcome<string>(loop => AfterOneSecond(loop, "🐶", _ => throw boom));

        Assert.That(early.Concat(late), Is.Empty, "An iterator that throws must not fulfil the runner's promise.");
        Assert.That(earlyRejected, Is.EqualTo(new[] { (0L, (Exception)boom) }),
            "A body that throws before its first yield: Run must still return a promise, rejected with that exception, not throw " +
            "(an async function that throws at once returns a rejected promise) (step 3).");
        Assert.That(lateRejected, Is.EqualTo(new[] { (1000L, (Exception)boom) }),
            "A body that throws after it was resumed at 1000 ms: the runner's promise is rejected then, with that exception (step 3).");

        static IEnumerable<object> Throws(Exception error)
        {
            // An iterator: it throws only when MoveNext runs it, inside Run.
            if (error is not null)
            {
                throw error;
            }

            yield break;
        }
    }

    [Test]
    public void A_rejected_promise_rejects_the_runners_promise_and_nothing_after_its_yield_runs()
    {
        var boom = new InvalidOperationException("💥");
        var (fulfilled, rejected, transcript) = Outcome<string>(loop => Body(loop, Fail(loop, boom, 500)));

        Assert.That(fulfilled, Is.Empty, "The runner's promise must not be fulfilled when the awaited promise is rejected.");
        Assert.That(rejected, Is.EqualTo(new[] { (500L, (Exception)boom) }),
            "When the yielded promise is rejected (at 500 ms), the runner's promise is rejected then, with the same reason (step 2).");
        Assert.That(Texts(transcript), Is.Empty,
            "Nothing after the yield may run when the awaited promise is rejected: an await that fails does not go on (step 2).");

        static IEnumerable<object> Body(EventLoop loop, Promise<string> promise)
        {
            var dog = Await(promise);
            yield return dog;
            loop.Log("after the yield: " + dog.Value);
            yield return Return(dog.Value);
        }
    }

    [TestCase("🐷", "🐷")]
    [TestCase(null, "null")]
    public void Yielding_something_that_is_not_an_awaited_promise_rejects_with_an_error_that_names_it(string? yielded, string named)
    {
        var (fulfilled, rejected, _) = Outcome<string>(_ => Yields(yielded));

        Assert.That(fulfilled, Is.Empty, "The runner's promise must not be fulfilled.");
        Assert.That(rejected, Has.Count.EqualTo(1),
            $"The iterator yielded {named}, which the runner cannot wait for: its promise must be rejected at once, not left pending " +
            "forever (a program that waits for it would hang) (step 3).");
        Assert.That(rejected[0].Reason, Is.InstanceOf<InvalidOperationException>().And.Message.Contains(named),
            $"Reject with an InvalidOperationException whose message names what was yielded ({named}), so the mistake is easy to find (step 3).");

        static IEnumerable<object> Yields(string? value)
        {
            yield return value!;
        }
    }

    [Test]
    public void Yielding_a_promise_itself_rejects_with_an_error_that_names_it()
    {
        var (fulfilled, rejected, _) = Outcome<string>(loop => YieldsPromise(DogPig.Delay(loop, "🐶", 1000)));

        Assert.That(fulfilled, Is.Empty, "The runner's promise must not be fulfilled.");
        Assert.That(rejected.Select(call => call.TimeMs), Is.EqualTo(new[] { 0L }),
            "The iterator yielded a promise itself, not Await(promise): the runner's promise must be rejected at once (step 3).");
        Assert.That(rejected[0].Reason, Is.InstanceOf<InvalidOperationException>().And.Message.Contains("Promise"),
            "Reject with an InvalidOperationException whose message names what was yielded (a Promise), so the mistake is easy to find (step 3).");

        static IEnumerable<object> YieldsPromise(Promise<string> promise)
        {
            yield return promise;
        }
    }

    [Test]
    public void An_inline_runner_is_told_that_it_resumes_inline()
    {
        var transcript = KataRun.Run(loop => Interleaved.Run(loop, WrongRunners.Inline<int>));

        Assert.That(Scenarios.Explain(transcript, RunnerMistakes.All), Has.Some.StartsWith("The runner resumes inline"));
    }

    [TestCase(false, true, "The runner resumes a microtask turn late")]
    [TestCase(true, false, "The body did not run at once")]
    public void A_runner_that_waits_a_turn_too_long_is_told_where(bool startLate, bool resumeLate, string told)
    {
        var transcript = KataRun.Run(loop => Interleaved.Run(loop, WrongRunners.Late<int>(startLate, resumeLate)));

        Assert.That(Scenarios.Explain(transcript, RunnerMistakes.All), Has.Some.StartsWith(told));
    }

    // Runs body on the learner's runner and records how its promise settled, with times.
    private static (List<(long TimeMs, T Value)> Fulfilled, List<(long TimeMs, Exception Reason)> Rejected, Transcript Transcript) Outcome<T>(
        Func<EventLoop, IEnumerable<object>> body)
    {
        List<(long, T)> fulfilled = [];
        List<(long, Exception)> rejected = [];
        var transcript = KataRun.Run(loop => Run<T>(loop, body(loop)).Then(value => fulfilled.Add((loop.Now, value)), reason => rejected.Add((loop.Now, reason))));
        return (fulfilled, rejected, transcript);
    }

    // Awaits a promise of value fulfilled at 1000 ms, then yields what next makes of it (null: nothing, the end).
    private static IEnumerable<object> AfterOneSecond(EventLoop loop, string value, Func<string, object?> next, string? also = null)
    {
        var awaited = Await(DogPig.Delay(loop, value, 1000));
        yield return awaited;
        if (next(awaited.Value) is { } then)
        {
            yield return then;
        }

        if (also is not null)
        {
            loop.Log(also);
            yield return Return(also);
        }
    }

    private static Promise<string> Fail(EventLoop loop, Exception reason, long delayMs) =>
        new(loop, (_, reject) => loop.SetTimeout(() => reject(reason), delayMs));

    private static IEnumerable<string> Texts(Transcript transcript) => transcript.Lines.Select(line => line.Text);

    private static bool Before(Transcript transcript, string first, string second)
    {
        var texts = Texts(transcript).ToList();
        return texts.IndexOf(first) is var a and >= 0 && texts.IndexOf(second) is var b and >= 0 && a < b;
    }
}

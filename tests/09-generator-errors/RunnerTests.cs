using ContinuationKatas.NodePrograms;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;
using static Katas.GeneratorErrors.Co;

namespace Katas.GeneratorErrors.Tests;

public sealed class RunnerTests() : KataFixture(Abandoned.Run)
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void The_abandoned_and_the_normal_iterator_print_what_Node_prints()
    {
        NodeTranscripts.Approve("24-generator-abandoned", RunProgram(),
            FinallyMistakes.ForgetsToDispose, FinallyMistakes.FinallyTwice("abandoned: finally"), FinallyMistakes.FinallyTwice("normal: finally"));
    }

    [Test]
    public void An_iterator_abandoned_at_a_rejection_runs_its_finally_once_when_the_rejection_arrives()
    {
        var run = Outcome<string>(loop => TryFinally(loop, Await(DogBoom.Fail(loop, Boom, 500)), readFirst: false));

        Assert.That(run.Lines, Is.EqualTo(new[] { (500L, "finally") }),
            "At 500 ms the awaited promise was rejected, and the iterator does not catch it: the runner stops it there and must " +
            "dispose it, so its finally runs once, at 500 ms, and nothing after the yield runs. No \"finally\": the runner " +
            "forgets to dispose an abandoned iterator (step 1).");
        Assert.That(run.Rejected, Is.EqualTo(new[] { (500L, (Exception)Boom) }),
            "The runner's promise must be rejected at 500 ms with the reason, after the finally has run (step 1).");
    }

    [Test]
    public void An_iterator_that_returns_inside_try_finally_runs_its_finally_once_before_its_promise_is_fulfilled()
    {
        var run = Outcome<string>(loop => TryFinally(loop, Await(DogBoom.Delay(loop, "🐶", 700)), readFirst: true));

        Assert.That(run.Lines, Is.EqualTo(new[] { (700L, "got 🐶"), (700L, "finally") }),
            "Return(value) inside try/finally is `return value;` there: the finally runs once, at 700 ms, and nothing after the " +
            "Return runs. The iterator is suspended at that yield, so only Dispose runs its finally (step 1).");
        Assert.That(run.Fulfilled, Is.EqualTo(new[] { (700L, "🐶!") }), "The runner's promise must be fulfilled at 700 ms with the returned value.");
    }

    [Test]
    public void A_rejection_the_iterator_did_not_ask_to_read_stops_it_at_its_yield()
    {
        var run = Outcome<string>(loop => TryFinally(loop, Await(DogBoom.Fail(loop, Boom, 500)), readFirst: false));

        Assert.That(run.Lines.Select(line => line.Text), Has.None.EqualTo("after the yield"),
            "An Await handle whose promise is rejected must not resume the iterator: nothing after its yield runs. Only a " +
            "handle made by AwaitSettled (ResumesOnRejection) resumes after a rejection (step 2).");
    }

    [Test]
    public void AwaitSettled_resumes_the_iterator_after_a_rejection_and_Value_throws_the_reason()
    {
        var run = Outcome<string>(loop => Recovers(loop, AwaitSettled(DogBoom.Fail(loop, Boom, 500))));

        Assert.That(run.Lines, Is.EqualTo(new[] { (500L, "caught 💥"), (500L, "finally") }),
            "A handle made by AwaitSettled resumes the iterator at 500 ms although its promise was rejected; reading Value " +
            "there throws the reason, which the iterator catches (step 2).");
        Assert.That(run.Fulfilled, Is.EqualTo(new[] { (500L, "recovered") }),
            "The iterator caught the rejection and returned \"recovered\": the runner's promise is fulfilled with it at 500 ms.");

        static IEnumerable<object> Recovers(EventLoop loop, Awaited<string> awaited)
        {
            try
            {
                yield return awaited;
                string result;
                try
                {
                    result = awaited.Value;
                }
                catch (InvalidOperationException error)
                {
                    loop.Log("caught " + error.Message);
                    result = "recovered";
                }

                yield return Return(result);
            }
            finally
            {
                loop.Log("finally");
            }
        }
    }

    [Test]
    public void AwaitSettled_gives_the_value_when_the_promise_is_fulfilled()
    {
        var run = Outcome<string>(loop => TryFinally(loop, AwaitSettled(DogBoom.Delay(loop, "🐶", 300)), readFirst: true));

        Assert.That(run.Fulfilled, Is.EqualTo(new[] { (300L, "🐶!") }), "AwaitSettled waits for a value as Await does (step 2).");
    }

    [Test]
    public void Yielding_something_the_runner_cannot_wait_for_rejects_and_runs_the_finally_once()
    {
        var run = Outcome<string>(loop => TryFinally(loop, "🐷", readFirst: false));

        Assert.That(run.Lines, Is.EqualTo(new[] { (0L, "finally") }),
            "The iterator yielded \"🐷\", which the runner cannot wait for: it stops the iterator there, so it must dispose it, " +
            "and its finally runs once, at 0 ms (step 1).");
        Assert.That(run.Rejected.Select(call => call.Reason), Has.One.InstanceOf<InvalidOperationException>().And.Message.Contains("🐷"),
            "The runner's promise is rejected with an InvalidOperationException that names what was yielded (kata 08, step 3).");
    }

    [Test]
    public void A_finally_that_throws_replaces_the_outcome()
    {
        var late = new InvalidOperationException("💥 in finally");
        var run = Outcome<string>(loop => ThrowsInFinally(loop, late));

        Assert.That(run.Fulfilled, Is.Empty, "The finally threw, so the runner's promise must not be fulfilled.");
        Assert.That(run.Rejected, Is.EqualTo(new[] { (300L, (Exception)late) }),
            "A finally that throws replaces the outcome, in C# as in JavaScript: when Dispose throws, reject with that exception (step 1).");

        static IEnumerable<object> ThrowsInFinally(EventLoop loop, Exception error)
        {
            try
            {
                var dog = Await(DogBoom.Delay(loop, "🐶", 300));
                yield return dog;
                yield return Return(dog.Value);
            }
            finally
            {
                throw error;
            }
        }
    }

    [Test]
    public void An_iterator_that_throws_inside_try_finally_runs_its_finally_once()
    {
        var run = Outcome<string>(loop => ThrowsInTry(loop));

        Assert.That(run.Lines, Is.EqualTo(new[] { (300L, "finally") }),
            "An exception that leaves the iterator runs its finally on the way out (the compiler's doing), once, at 300 ms.");
        Assert.That(run.Rejected, Is.EqualTo(new[] { (300L, (Exception)Boom) }), "The runner's promise must be rejected with the exception.");

        static IEnumerable<object> ThrowsInTry(EventLoop loop)
        {
            try
            {
                var dog = Await(DogBoom.Delay(loop, "🐶", 300));
                yield return dog;
                if (dog.Value.Length > 0)
                {
                    throw Boom;
                }
            }
            finally
            {
                loop.Log("finally");
            }
        }
    }

    [Test]
    public void A_runner_that_does_not_dispose_is_told_that_it_forgets_to_dispose_an_abandoned_iterator()
    {
        var transcript = KataRun.Run(loop => Abandoned.Run(loop, WrongRunners.WithoutDispose<string>));

        Assert.That(Scenarios.Explain(transcript, FinallyMistakes.ForgetsToDispose), Has.One.StartsWith("The runner forgets to dispose an abandoned iterator"));
    }

    // try { yield first; (readFirst: log what it got;) log "after the yield"…; Return } finally { log "finally" }
    private static IEnumerable<object> TryFinally(EventLoop loop, object first, bool readFirst)
    {
        try
        {
            yield return first;
            if (readFirst && first is Awaited<string> awaited)
            {
                loop.Log("got " + awaited.Value);
                yield return Return(awaited.Value + "!");
            }

            loop.Log("after the yield");
            yield return Return("after the yield");
        }
        finally
        {
            loop.Log("finally");
        }
    }

    private static RunOutcome<T> Outcome<T>(Func<EventLoop, IEnumerable<object>> body)
    {
        List<(long, T)> fulfilled = [];
        List<(long, Exception)> rejected = [];
        var transcript = KataRun.Run(loop => Run<T>(loop, body(loop)).Then(value => fulfilled.Add((loop.Now, value)), reason => rejected.Add((loop.Now, reason))));
        return new RunOutcome<T>([.. transcript.Lines.Select(line => (line.TimeMs, line.Text))], fulfilled, rejected);
    }

    private sealed record RunOutcome<T>(List<(long TimeMs, string Text)> Lines, List<(long TimeMs, T Value)> Fulfilled, List<(long TimeMs, Exception Reason)> Rejected);
}

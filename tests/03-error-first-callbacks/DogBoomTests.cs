using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.ErrorFirstCallbacks.Tests;

public sealed class DogBoomTests() : KataFixture(DogBoom.Main)
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        var transcript = RunProgram();

        // Main's operations: DogBoom.Dog and DogBoom.Explode.
        var run = BoomRun.OfProgram(transcript, new Operation(200, null, "🐶"), new Operation(500, new InvalidOperationException("💥"), null));
        Scenarios.Approve("dog-boom", transcript, [.. Mistakes(run)]);
    }

    [Test]
    public void Finally_runs_once_when_both_operations_succeed()
    {
        var run = BoomRun.Of(new Operation(200, null, "🐶"), new Operation(500, null, "🐷"));

        FailOnMistake(run);
        Assert.That(run.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (500L, "finally") }),
            "When both succeed, c logs only \"finally\", at 500 ms, when the second value arrives.");
        Assert.That(run.DoneCalls.Select(call => (call.AtMs, call.Error, call.Value)), Is.EqualTo(new[] { (500L, (Exception?)null, (string?)"🐶🐷") }),
            "When both succeed, done must be called once, at 500 ms, with (null, \"🐶🐷\").");
    }

    [Test]
    public void An_error_that_arrives_early_is_caught_when_c_gets_to_it()
    {
        var run = BoomRun.Of(new Operation(2000, null, "🐶"), new Operation(500, Boom, null));

        FailOnMistake(run);
        Assert.That(run.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (2000L, "catch 💥"), (2000L, "finally") }),
            "c awaits the first operation until 2000 ms. The second one's error, which arrived at 500 ms, is seen only after that: " +
            "act in await order, not arrival order (in JavaScript this early rejection is the \"unhandled\" one of grade 2).");
        Assert.That(run.DoneCalls.Select(call => (call.AtMs, call.Error, call.Value)), Is.EqualTo(new[] { (2000L, (Exception?)null, (string?)null) }),
            "done must be called once, at 2000 ms, with (null, null).");
    }

    [Test]
    public void When_both_fail_only_the_first_error_is_caught()
    {
        var run = BoomRun.Of(new Operation(200, new InvalidOperationException("💥1"), null), new Operation(500, new InvalidOperationException("💥2"), null));

        FailOnMistake(run);
        Assert.That(run.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (200L, "catch 💥1"), (200L, "finally") }),
            "c stops at the first error: it logs \"catch 💥1\" and \"finally\" at 200 ms, and ignores what arrives after it has finished.");
        Assert.That(run.DoneCalls.Select(call => (call.AtMs, call.Error, call.Value)), Is.EqualTo(new[] { (200L, (Exception?)null, (string?)null) }),
            "done must be called once, at 200 ms, with (null, null).");
    }

    [Test]
    public void A_c_without_a_finished_flag_is_told_that_finally_ran_twice()
    {
        var run = BoomRun.Of(new Operation(200, new InvalidOperationException("💥1"), null), new Operation(500, new InvalidOperationException("💥2"), null), WithoutFinishedFlag);

        Assert.That(run.Mistake(), Does.Contain("finally ran twice — it must run exactly once").And.Contain("c had finished at 200 ms"));
    }

    [Test]
    public void A_c_that_logs_finally_on_every_arrival_is_told_that_finally_ran_twice()
    {
        var run = BoomRun.Of(new Operation(200, null, "🐶"), new Operation(500, null, "🐷"), (loop, startFirst, startSecond, done) =>
        {
            string? first = null;
            string? second = null;
            startFirst((_, value) => { first = value; Arrived(); });
            startSecond((_, value) => { second = value; Arrived(); });

            void Arrived()
            {
                loop.Log("finally");
                if (first is not null && second is not null)
                {
                    done(null, first + second);
                }
            }
        });

        Assert.That(run.Mistake(), Does.Contain("finally ran twice — it must run exactly once").And.Contain("before c had finished at 500 ms"));
    }

    [Test]
    public void C_starts_both_operations_at_once()
    {
        var run = BoomRun.Of(new Operation(2000, null, "🐶"), new Operation(500, Boom, null));

        FailOnMistake(run);
        Assert.That(run.Starts, Is.EquivalentTo(new[] { ("first", 0L), ("second", 0L) }),
            "C must start both operations once, at 0 ms, before either outcome is in (step 1).");
    }

    [Test]
    public void A_c_that_starts_the_second_operation_when_the_first_arrives_is_told_so()
    {
        var run = BoomRun.Of(new Operation(200, null, "🐶"), new Operation(500, Boom, null), (loop, startFirst, startSecond, done) =>
            startFirst((_, first) => startSecond((error, _) =>
            {
                loop.Log("catch " + error!.Message);
                loop.Log("finally");
                done(null, null);
            })));

        Assert.That(run.Mistake(), Does.StartWith("The second operation was started at 200 ms, not at 0 ms"));
    }

    [Test]
    public void A_throw_inside_a_callback_of_C_is_told_that_a_try_around_the_starts_had_already_returned()
    {
        var thrown = new UncaughtThrow(Boom, ThrowOrigin.Kata, "DogBoom.C", "katas/03-error-first-callbacks/DogBoom.cs:line 60", InLambda: true, Callee: null);

        Assert.That(new ErrorFirstAdvice().Advise(thrown), Does.Contain("a try/catch around the starts had already returned when the callback threw"));
    }

    [Test]
    public void The_program_uses_callbacks_only()
    {
        Technique.Forbid(typeof(DogBoom).Assembly, Technique.TasksAndThreads,
            "This kata builds try/catch/finally out of callbacks: no Task, async/await or threads.");
    }

    // Step and finally without hint 3's `finished` flag: nothing stops c from running again after it has finished.
    private static void WithoutFinishedFlag(
        EventLoop loop,
        Action<Action<Exception?, string?>> startFirst,
        Action<Action<Exception?, string?>> startSecond,
        Action<Exception?, string?> done)
    {
        (Exception? Error, string? Value)? first = null;
        (Exception? Error, string? Value)? second = null;
        startFirst((error, value) => { first = (error, value); Step(); });
        startSecond((error, value) => { second = (error, value); Step(); });

        void Step()
        {
            if (first is not { } one)
            {
                return;
            }

            if ((one.Error ?? (second is { } two ? two.Error : null)) is { } error)
            {
                loop.Log("catch " + error.Message);
                loop.Log("finally");
                done(null, null);
            }
            else if (second is { } both)
            {
                loop.Log("finally");
                done(null, one.Value + both.Value);
            }
        }
    }

    private static IEnumerable<Diagnosis> Mistakes(BoomRun run)
    {
        if (run.Mistake() is { } mistake)
        {
            yield return new Diagnosis(_ => true, mistake);
        }
    }

    private static void FailOnMistake(BoomRun run)
    {
        if (run.Mistake() is { } mistake)
        {
            Assert.Fail(mistake);
        }
    }
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.PromiseCore.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), [new Diagnosis(_ => CStaysPending(), StayedPending), .. DogPigMistakes.For("🐶🐷!", "🐷🐶!")]);
    }

    [Test]
    public void Both_timers_start_at_0_because_creating_a_promise_starts_its_work()
    {
        var timers = RunProgram().Timers;

        // The promises' own timers have a delay; a 0 ms timer can only come from the promise scheduling its callbacks.
        var started = timers.Where(timer => timer.DueAtMs > timer.ScheduledAtMs).Select(timer => (timer.ScheduledAtMs, timer.DueAtMs)).ToList();
        var zero = timers.Where(timer => timer.DueAtMs == timer.ScheduledAtMs).Select(timer => $"{timer.ScheduledAtMs} ms").ToList();
        if (zero.Count > 0)
        {
            var executors = started.SequenceEqual([(0L, 2000L), (0L, 5000L)])
                ? " (The executors are right: both promises' timers started at 0 ms, from the constructor.)"
                : string.Empty;
            Assert.Fail(
                $"Besides the timers of promise1 and promise2, the run scheduled {zero.Count} timers of 0 ms (at {string.Join(", ", zero)}): " +
                "your promise hands its callbacks to loop.SetTimeout(…, 0). They must be microtasks, queued with " +
                "loop.QueueMicrotask, which run right after the current callback and before any timer (steps 2 and 3)." + executors);
        }

        Assert.That(started, Is.EqualTo(new[] { (0L, 2000L), (0L, 5000L) }),
            "Main creates promise1 and promise2 before anything waits: their executors must run in the constructor, so both timers start at 0.");
    }

    [Test]
    public void C_joins_in_argument_order_when_the_pig_arrives_first()
    {
        Once<string>? done = null;
        Promise<string>? c = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            c = DogPig.C(loop, DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000));
            c.Then(done.Callback);
        });

        if (c?.State == PromiseState.Pending)
        {
            Assert.Fail(StayedPending);
        }

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, c's promise must be fulfilled once, at 3000 ms, with \"🐶🐷\".");
    }

    [Test]
    public void C_is_rejected_when_promise2_is_rejected()
    {
        Once<Exception>? failed = null;
        var boom = new InvalidOperationException("💥");
        KataRun.Run(loop =>
        {
            failed = new Once<Exception>(loop, "c's onRejected");
            var promise2 = new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(boom), 500));
            DogPig.C(loop, DogPig.Delay(loop, "🐶", 200), promise2).Then(_ => Assert.Fail("c must not be fulfilled"), failed.Callback);
        });

        Assert.That(failed!.Calls, Is.EqualTo(new[] { (500L, (Exception)boom) }),
            "When promise2 is rejected, c's promise must be rejected with the same reason: pass reject as the inner Then's onRejected.");
    }

    [Test]
    public void C_is_rejected_when_promise1_is_rejected()
    {
        Once<Exception>? failed = null;
        var boom = new InvalidOperationException("💥");
        KataRun.Run(loop =>
        {
            failed = new Once<Exception>(loop, "c's onRejected");
            var promise1 = new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(boom), 500));
            DogPig.C(loop, promise1, DogPig.Delay(loop, "🐷", 200)).Then(_ => Assert.Fail("c must not be fulfilled"), failed.Callback);
        });

        Assert.That(failed!.Calls, Is.EqualTo(new[] { (500L, (Exception)boom) }),
            "When promise1 is rejected, c's promise must be rejected with the same reason: pass reject as the outer Then's onRejected.");
    }

    [Test]
    public void An_executor_exception_that_escapes_the_constructor_is_told_to_reject_instead()
    {
        var thrown = new UncaughtThrow(new InvalidOperationException("💥"), ThrowOrigin.Test, "the Promise constructor", "katas/04-promise-core/Promise.cs:line 30", false, "PromiseStateTests.An_executor_that_throws_rejects_the_promise");

        Assert.That(new PromiseCoreAdvice().Advise(thrown), Does.StartWith("The executor threw, and the exception escaped the constructor. The constructor must catch"));
    }

    [Test]
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(Promise<>).Assembly, Technique.TasksAndThreads,
            "This kata builds its own promise on the kit's loop: callbacks and loop.QueueMicrotask, without Task, async/await or threads.");
    }

    private const string StayedPending =
        "c's promise stayed pending: when the loop ran out of work, nothing had resolved or rejected it, so nothing chained " +
        "after it could run. In C, the innermost callback must call resolve(dog + pig), and both Thens must pass reject as " +
        "onRejected (step 4). If they do, check that callbacks registered with Then while a promise is pending run when it " +
        "settles (step 2).";

    // Runs c on its own, with the program's two promises, and tells whether its promise was still pending at the end.
    private static bool CStaysPending()
    {
        Promise<string>? c = null;
        var outcome = KataRun.TryRun(loop =>
        {
            c = DogPig.C(loop, DogPig.Delay(loop, "🐶", 2000), DogPig.Delay(loop, "🐷", 5000));
            return null;
        });
        return outcome is { Error: null, Blocked: false } && c?.State == PromiseState.Pending;
    }
}

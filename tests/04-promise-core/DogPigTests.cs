using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.PromiseCore.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
    }

    [Test]
    public void Both_timers_start_at_0_because_creating_a_promise_starts_its_work()
    {
        var timers = RunProgram().Timers;

        Assert.That(timers.Select(timer => (timer.ScheduledAtMs, timer.DueAtMs)), Is.EqualTo(new[] { (0L, 2000L), (0L, 5000L) }),
            "Main creates promise1 and promise2 before anything waits: their executors must run in the constructor, so both timers start at 0.");
    }

    [Test]
    public void C_joins_in_argument_order_when_the_pig_arrives_first()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            DogPig.C(loop, DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000)).Then(done.Callback);
        });

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
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(Promise<>).Assembly, Technique.TasksAndThreads,
            "This kata builds its own promise on the kit's loop: callbacks and loop.QueueMicrotask, without Task, async/await or threads.");
    }
}

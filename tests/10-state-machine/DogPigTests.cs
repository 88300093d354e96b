using ContinuationKatas.Promises;
using ContinuationKatas.Testing;

namespace Katas.StateMachine.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
    }

    [Test]
    public void C_returns_before_anything_has_arrived_and_waits_in_state_0()
    {
        DogPigMachine? machine = null;
        var transcript = KataRun.Run(loop =>
        {
            machine = new DogPigMachine(loop, DogPig.Delay(loop, "🐶", 2000), DogPig.Delay(loop, "🐷", 5000));
            machine.MoveNext();
            loop.Log($"state {machine.State}, c's promise {machine.Promise.State}");
        });

        Assert.That(transcript.Lines[0].Text, Is.EqualTo("state 0, c's promise Pending"),
            "After the first MoveNext, c() is suspended at its first await: the state is 0 and c's promise is still pending. " +
            "Store the state, subscribe to promise1 with Then, and return (steps 2 and 3).");
        Assert.That(machine!.State, Is.EqualTo(-2), "When c() has returned its value, the state is -2: done (step 4).");
    }

    [Test]
    public void C_is_fulfilled_once_with_dog_then_pig_when_the_pig_arrives_first()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            DogPig.C(loop, DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000)).Then(done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, c's promise must be fulfilled once, at 3000 ms, with \"🐶🐷\": c awaits promise1 " +
            "first, and promise2, already settled by then, still resumes the machine in a reaction of its own.");
    }

    [Test]
    public void C_is_rejected_with_the_reason_of_the_promise_it_awaits_when_that_fails()
    {
        Once<string>? fulfilled = null;
        Once<Exception>? failed = null;
        var boom = new InvalidOperationException("💥");
        KataRun.Run(loop =>
        {
            fulfilled = new Once<string>(loop, "c's onFulfilled");
            failed = new Once<Exception>(loop, "c's onRejected");
            DogPig.C(loop, DogBoom.Fail(loop, boom, 200), DogPig.Delay(loop, "🐷", 500)).Then(fulfilled.Callback, failed.Callback);
        });

        Assert.That(fulfilled!.Calls, Is.Empty, "promise1 is rejected, so c() never gets a dog: its promise must not be fulfilled.");
        Assert.That(failed!.Calls, Is.EqualTo(new[] { (200L, (Exception)boom) }),
            "An uncaught rejection ends c(): when promise1 is rejected at 200 ms, c's promise is rejected then, with the same reason " +
            "(the builder's SetException, step 4).");
    }

    [Test]
    public void A_c_that_awaits_a_promise_created_late_is_told_it_started_the_second_timer_too_late()
    {
        // The lazy program: the pig's promise is made only when the dog has arrived, so its timer starts at 2000 ms.
        var lazy = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            Promise<string> promise2 = promise1.Then<string>(_ => DogPig.Delay(loop, "🐷", 5000));
            DogPig.C(loop, promise1, promise2).Then(result => loop.Log(result + "!"));
            loop.Log("main: end");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000), "A promise made when the dog arrives starts its 5000 ms then: 2000 + 5000.");
        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("started the second timer too late"));
    }
}

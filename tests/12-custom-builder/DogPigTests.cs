using ContinuationKatas.Promises;
using ContinuationKatas.Testing;

namespace Katas.CustomBuilder.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
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
            DogPig.C(DogBoom.Fail(loop, boom, 200), DogPig.Delay(loop, "🐷", 500)).Then(fulfilled.Callback, failed.Callback);
        });

        Assert.That(fulfilled!.Calls, Is.Empty, "promise1 is rejected, so c() never gets a dog: its promise must not be fulfilled.");
        Assert.That(failed!.Calls, Is.EqualTo(new[] { (200L, (Exception)boom) }),
            "An exception that escapes c() ends it: the compiler calls SetException, which must reject c's promise with that very " +
            "exception, in the same turn (step 4).");
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
            DogPig.C(promise1, promise2).Then(result => loop.Log(result + "!"));
            loop.Log("main: end");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000), "A promise made when the dog arrives starts its 5000 ms then: 2000 + 5000.");
        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("started the second timer too late"));
    }
}

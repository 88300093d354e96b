using ContinuationKatas.Promises;
using ContinuationKatas.Testing;

namespace Katas.CustomAwaiter.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", AwaitRun.Run(DogPig.Main), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
    }

    [Test]
    public void C_is_rejected_with_the_reason_of_the_promise_it_awaits_when_that_fails()
    {
        var boom = new InvalidOperationException("💥");
        Task<string>? c = null;
        AwaitRun.Run(loop =>
        {
            c = DogPig.C(DogBoom.Fail(loop, boom, 200), DogPig.Delay(loop, "🐷", 500));
            return null;
        });

        Assert.That(c!.IsFaulted, Is.True, "promise1 is rejected, so c() never gets a dog: its Task must fail (steps 3 and 4).");
        Assert.That(c.Exception!.InnerException, Is.SameAs(boom),
            $"{AwaiterMistakes.Wrapped}: c()'s Task must fail with the promise's reason itself (step 4).");
    }

    [Test]
    public void A_c_that_awaits_a_promise_created_late_is_told_it_started_the_second_timer_too_late()
    {
        // The lazy program: the pig's promise is made only when the dog has arrived, so its timer starts at 2000 ms.
        var lazy = AwaitRun.Run(async loop =>
        {
            loop.Log("main: start");
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            Promise<string> promise2 = promise1.Then<string>(_ => DogPig.Delay(loop, "🐷", 5000));
            var c = DogPig.C(promise1, promise2);
            loop.Log("main: end");
            loop.Log(await c + "!");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000), "A promise made when the dog arrives starts its 5000 ms then: 2000 + 5000.");
        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("started the second timer too late"));
    }
}

using ContinuationKatas.Testing;

namespace Katas.CustomAwaiter.Tests;

/// <summary>The 💥 program. The gate is dog+pig: c()'s catch would catch a stub's "not solved yet" and print it.</summary>
public sealed class DogBoomTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve("dog-boom", AwaitRun.Run(DogBoom.Main), AwaiterMistakes.ForBoom());
    }

    [Test]
    public void An_early_rejection_is_reported_unhandled_and_caught_when_c_gets_to_it_at_2000_ms()
    {
        // promise2 fails at 500 ms while c() still awaits promise1 (2000 ms): nobody has subscribed to promise2 yet.
        var transcript = AwaitRun.Run(async loop =>
        {
            loop.Log("main: start");
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
            var c = DogBoom.C(loop, promise1, promise2);
            loop.Log("main: end");
            var value = await c;
            loop.Log($"c: finished with {value ?? "no value"}");
        });

        Scenarios.Approve("unhandled-rejection", transcript, [.. AwaiterMistakes.ForBoom(),
            new Diagnosis(t => t.Count("rejection handled: 💥") == 0 && t.Count("catch 💥") == 1,
                "The late catch is right, but the promise never said \"rejection handled\": OnCompleted must subscribe to the promise " +
                "itself (its reaction handles the rejection), not to something made from it (step 3).")]);
    }
}

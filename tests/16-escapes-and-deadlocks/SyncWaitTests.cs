using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.EscapesAndDeadlocks.Tests;

/// <summary>Step 2: C waits for the pig with await, not by blocking the loop that must deliver it.</summary>
public sealed class SyncWaitTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void C_awaits_the_pig_instead_of_blocking_the_loop_until_it_arrives()
    {
        var transcript = LoopRun.Run(async loop => loop.Log(await DogPig.C(DogPig.Delay(loop, "🐶", 2000), DogPig.Delay(loop, "🐷", 5000))));

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(5000, "🐶🐷") }),
            "c() gets the dog at 2000 ms and the pig at 5000 ms, and returns \"🐶🐷\" then (step 2).");
    }

    [Test]
    public void C_lets_the_loop_run_other_callbacks_while_it_waits_for_the_pig()
    {
        var transcript = LoopRun.Run(async loop =>
        {
            var c = DogPig.C(DogPig.Delay(loop, "🐶", 2000), DogPig.Delay(loop, "🐷", 5000));
            loop.SetTimeout(() => loop.Log("the loop is free"), 3000);
            loop.Log(await c);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(3000, "the loop is free"), new TranscriptLine(5000, "🐶🐷") }),
            "Between the dog and the pig the loop runs other timers: c() must suspend at its awaits, not hold the loop's thread (step 2).");
    }
}

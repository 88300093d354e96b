using ContinuationKatas.Testing;

namespace Katas.CustomBuilder.Tests;

/// <summary>The 💥 program. The gate is dog+pig: c()'s catch would catch a stub's "not solved yet" and print it.</summary>
public sealed class DogBoomTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve("dog-boom", KataRun.Run(DogBoom.Main));
    }

    [Test]
    public void An_early_rejection_is_reported_unhandled_and_caught_when_c_gets_to_it_at_2000_ms()
    {
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
            DogBoom.C(loop, promise1, promise2).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
            loop.Log("main: end");
        });

        Scenarios.Approve("unhandled-rejection", transcript);
    }

    [Test]
    public void A_rejection_that_escapes_c_rejects_its_promise_and_is_reported_unhandled_as_Node_does()
    {
        // tests/node-corpus/programs/48-rejection-escapes-async.js: nobody handles c's promise until 300 ms.
        var boom = new InvalidOperationException("💥");
        Exception? caught = null;
        var transcript = KataRun.Run(loop =>
        {
            var c = DogPig.C(DogBoom.Fail(loop, boom, 100), DogPig.Delay(loop, "🐷", 200));
            loop.SetTimeout(() => c.Catch(error => { caught = error; loop.Log("caught late: " + error.Message); return string.Empty; }), 300);
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(),
            Is.EqualTo(new[] { (100L, "unhandled rejection: 💥"), (300L, "caught late: 💥"), (300L, "rejection handled: 💥") }),
            "Node's order: c's promise is rejected at 100 ms (SetException), nobody handles it, so it is reported unhandled once " +
            "the microtasks have run; the Catch added at 300 ms handles it late. SetException must reject the promise Task gave " +
            "the caller, with the exception itself, not a wrapper (step 4).");
        Assert.That(caught, Is.SameAs(boom), "c's promise must be rejected with the exception that escaped c(), not a wrapper (step 4).");
    }
}

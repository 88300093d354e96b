using ContinuationKatas.Testing;

namespace Katas.Chaining.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    // A promise that reaches string concatenation or Log prints as its type name, e.g. "🐶Katas.Chaining.Promise`1[System.String]!".
    private static readonly Diagnosis PromiseLoggedAsValue = new(
        transcript => transcript.Lines.Any(line => line.Text.Contains("Promise`1", StringComparison.Ordinal)),
        "a promise was logged as a value: a step returned a promise that was not adopted — Then must wait for a returned promise and pass on its value");

    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), [.. DogPigMistakes.For("🐶🐷!", "🐷🐶!"), PromiseLoggedAsValue]);
    }

    [Test]
    public void The_composition_program_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(DogPig.MainComposed), [.. DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"), PromiseLoggedAsValue]);
    }

    [Test]
    public void C_returns_one_flat_promise_of_the_joined_string()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            Promise<string> c = DogPig.C(DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000));
            c.Then(done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            NotAdopted(done.Calls) + "With 🐷 at 1000 ms and 🐶 at 3000 ms, c's promise must be fulfilled once, at 3000 ms, with \"🐶🐷\".");
    }

    [Test]
    public void C_is_rejected_with_the_reason_of_promise2()
    {
        Once<string>? fulfilled = null;
        Once<Exception>? failed = null;
        var boom = new InvalidOperationException("💥");
        KataRun.Run(loop =>
        {
            fulfilled = new Once<string>(loop, "c's onFulfilled");
            failed = new Once<Exception>(loop, "c's onRejected");
            DogPig.C(DogPig.Delay(loop, "🐶", 200), DogBoom.Fail(loop, boom, 500)).Then(fulfilled.Callback, failed.Callback);
        });

        if (fulfilled!.Calls is [var (timeMs, value)])
        {
            Assert.Fail(
                $"c's promise was fulfilled at {timeMs} ms with \"{value}\", but promise2 is rejected at 500 ms, so c's promise must be " +
                "rejected with its reason. The first step must return promise2 itself, so that the chain adopts it: it waits for " +
                "promise2 and takes its reason, and the next step, which has no onRejected, hands the reason on to c's promise.");
        }

        Assert.That(failed!.Calls, Is.EqualTo(new[] { (500L, (Exception)boom) }),
            "When promise2 is rejected at 500 ms, c's promise must be rejected then, with the same reason: the first step returns " +
            "promise2, the chain adopts it and takes its reason, and the step after it, which has no onRejected, hands the reason on " +
            "(Then without onRejected passes a rejection through, step 1; adoption, step 3).");
    }

    [Test]
    public void The_composed_c_joins_the_underscored_parts_in_argument_order()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            DogPig.CComposed(DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000)).Then(done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶_🐷_") }),
            NotAdopted(done.Calls) + "With 🐷 at 1000 ms and 🐶 at 3000 ms, the composed c must be fulfilled once, at 3000 ms, with \"🐶_🐷_\".");
    }

    [Test]
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(Promise<>).Assembly, Technique.TasksAndThreads,
            "This kata chains your own promises on the kit's loop: no Task, async/await or threads.");
    }

    // The mistake PromiseLoggedAsValue names, seen in the value c's promise was fulfilled with.
    private static string NotAdopted(IReadOnlyList<(long TimeMs, string Value)> calls) =>
        calls.Any(call => call.Value.Contains("Promise`1", StringComparison.Ordinal))
            ? "A promise was turned into a string (its type name is in the value): a step used a promise as a value instead of " +
              "returning it — return it from the step, and Then waits for it and passes on its value (step 3). "
            : string.Empty;
}

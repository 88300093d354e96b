using ContinuationKatas.Testing;

namespace Katas.Chaining.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
    }

    [Test]
    public void The_composition_program_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(DogPig.MainComposed), DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"));
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
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, c's promise must be fulfilled once, at 3000 ms, with \"🐶🐷\".");
    }

    [Test]
    public void C_is_rejected_with_the_reason_of_promise2()
    {
        Once<Exception>? failed = null;
        var boom = new InvalidOperationException("💥");
        KataRun.Run(loop =>
        {
            failed = new Once<Exception>(loop, "c's onRejected");
            DogPig.C(DogPig.Delay(loop, "🐶", 200), DogBoom.Fail(loop, boom, 500)).Then(_ => { }, failed.Callback);
        });

        Assert.That(failed!.Calls, Is.EqualTo(new[] { (500L, (Exception)boom) }),
            "When promise2 is rejected, c's promise must be rejected with the same reason: the chain passes it through.");
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
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, the composed c must be fulfilled once, at 3000 ms, with \"🐶_🐷_\".");
    }

    [Test]
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(Promise<>).Assembly, Technique.TasksAndThreads,
            "This kata chains your own promises on the kit's loop: no Task, async/await or threads.");
    }
}

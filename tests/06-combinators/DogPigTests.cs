using ContinuationKatas.Testing;

namespace Katas.Combinators.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
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
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(Promise).Assembly, Technique.TasksAndThreads,
            "This kata combines your own promises on the kit's loop: no Task, async/await or threads.");
    }
}

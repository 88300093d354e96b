using System.Reflection;
using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;
using static Katas.GeneratorRunner.Co;

namespace Katas.GeneratorRunner.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), [.. DogPigMistakes.For("🐶🐷!", "🐷🐶!"), RunnerMistakes.ResumesInline]);
    }

    [Test]
    public void The_composition_program_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(DogPig.MainComposed), [.. DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"), RunnerMistakes.ResumesInline]);
    }

    [Test]
    public void C_is_fulfilled_once_with_dog_then_pig_when_the_pig_arrives_first()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            Run<string>(loop, DogPig.C(DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000))).Then(done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, c's promise must be fulfilled once, at 3000 ms, with \"🐶🐷\": dog first, " +
            "because c awaits promise1 first (step 4).");
    }

    [Test]
    public void The_composed_c_joins_the_underscored_parts_in_argument_order()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            Run<string>(loop, DogPig.CComposed(loop, DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000))).Then(done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶_🐷_") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, the composed c must be fulfilled once, at 3000 ms, with \"🐶_🐷_\" (step 5).");
    }

    [Test]
    public void A_c_that_creates_the_pig_after_its_first_yield_is_told_it_started_the_second_timer_too_late()
    {
        var lazy = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            Run<string>(loop, LazyC(loop)).Then(result => loop.Log(result + "!"));
            loop.Log("main: end");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000),
            "An iterator that creates the pig's promise only after the dog has arrived starts its timer at 2000 ms.");
        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("started the second timer too late"));

        static IEnumerable<object> LazyC(EventLoop loop)
        {
            var dog = Await(DogPig.Delay(loop, "🐶", 2000));
            yield return dog;
            var pig = Await(DogPig.Delay(loop, "🐷", 5000));
            yield return pig;
            yield return Return(dog.Value + pig.Value);
        }
    }

    [Test]
    public void C_and_the_composition_are_iterators_without_tasks_or_threads()
    {
        foreach (var name in new[] { nameof(DogPig.C), nameof(DogPig.WithUnderscore), nameof(DogPig.CComposed) })
        {
            Assert.That(typeof(DogPig).GetMethod(name)!.GetCustomAttribute<IteratorStateMachineAttribute>(), Is.Not.Null,
                $"DogPig.{name} must be an iterator (a method with `yield return`): that is what this kata practises (steps 4 and 5).");
        }

        Technique.Forbid(typeof(Co).Assembly, Technique.TasksAndThreads,
            "This kata drives iterators with the kit's promises on the kit's loop: no Task, async/await or threads.");
    }
}

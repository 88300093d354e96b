using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Callbacks.Tests;

public sealed class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
    }

    [Test]
    public void C_starts_both_operations_before_either_has_finished()
    {
        var starts = new List<(string What, long TimeMs)>();
        KataRun.Run(loop => DogPig.C(
            callback => { starts.Add(("🐶", loop.Now)); DogPig.Dog(loop, callback); },
            callback => { starts.Add(("🐷", loop.Now)); DogPig.Pig(loop, callback); },
            _ => { }));

        Assert.That(starts, Has.Count.EqualTo(2), "C must start both operations, each exactly once.");
        Assert.That(starts.Select(start => start.TimeMs), Is.All.EqualTo(0),
            $"C started the operations at {string.Join(" and ", starts.Select(s => $"{s.What} {s.TimeMs} ms"))}: " +
            "start both at once, before waiting for either (you started the second timer too late).");
    }

    [Test]
    public void C_joins_in_argument_order_when_the_pig_arrives_first()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "done");
            DogPig.C(
                callback => loop.SetTimeout(() => callback("🐶"), 3000),
                callback => loop.SetTimeout(() => callback("🐷"), 1000),
                done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, done must be called once, at 3000 ms, with \"🐶🐷\": keep each result in its own slot.");
    }

    [Test]
    public void C_calls_done_exactly_once_even_when_both_arrive_at_the_same_time()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "done");
            DogPig.C(
                callback => loop.SetTimeout(() => callback("🐶"), 1000),
                callback => loop.SetTimeout(() => callback("🐷"), 1000),
                done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (1000L, "🐶🐷") }),
            "With both results at 1000 ms, done must be called once, at 1000 ms, with \"🐶🐷\": call it when the second result arrives, whichever that is.");
    }

    [Test]
    public void The_composition_program_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(DogPig.MainComposed), DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"));
    }

    [Test]
    public void A_lazy_c_is_told_it_started_the_second_timer_too_late()
    {
        // The nested version: the pig's operation starts inside the dog's callback.
        var lazy = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            DogPig.Dog(loop, dog => DogPig.Pig(loop, pig => loop.Log(dog + pig + "!")));
            loop.Log("main: end");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000));
        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")),
            Has.Some.Contains("started the second timer too late"));
    }

    [Test]
    public void The_program_uses_callbacks_only()
    {
        Technique.Forbid(typeof(DogPig).Assembly, Technique.TasksAndThreads,
            "This kata is continuation-passing style: pass callbacks and keep the join state in variables, without Task, async/await or threads.");
    }
}

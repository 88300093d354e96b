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
        var run = JoinRun.Of(2000, 5000);

        if (run.StartMistake() is { } mistake)
        {
            Assert.Fail(mistake);
        }

        // Which of the two starts first does not matter: both start at the same instant, and the join order is dog + pig.
        Assert.That(run.Starts, Is.EquivalentTo(new[] { ("🐶", 0L), ("🐷", 0L) }),
            "C must start 🐶 and 🐷, each once, both at 0 ms, before waiting for either.");
    }

    [Test]
    public void C_joins_in_argument_order_when_the_pig_arrives_first()
    {
        var run = JoinRun.Of(3000, 1000);

        if ((run.StartMistake() ?? run.DoneMistake()) is { } mistake)
        {
            Assert.Fail(mistake);
        }

        Assert.That(run.DoneCalls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, done must be called once, at 3000 ms, with \"🐶🐷\".");
    }

    [Test]
    public void C_calls_done_exactly_once_even_when_both_arrive_at_the_same_time()
    {
        var run = JoinRun.Of(1000, 1000);

        if ((run.StartMistake() ?? run.DoneMistake()) is { } mistake)
        {
            Assert.Fail(mistake);
        }

        Assert.That(run.DoneCalls, Is.EqualTo(new[] { (1000L, "🐶🐷") }),
            "With both results at 1000 ms, done must be called once, at 1000 ms, with \"🐶🐷\".");
    }

    [Test]
    public void The_composition_program_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(DogPig.MainComposed), DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"));
    }

    [Test]
    public void WithUnderscore_starts_its_operation_once_and_calls_back_once()
    {
        if (UnderscoreRun.Of().Mistake() is { } mistake)
        {
            Assert.Fail(mistake);
        }
    }

    [Test]
    public void A_WithUnderscore_that_starts_its_operation_twice_is_told_so()
    {
        var run = UnderscoreRun.Of((start, callback) =>
        {
            start(_ => { });
            start(value => callback(value + "_"));
        });

        Assert.That(run.Mistake(), Does.StartWith("WithUnderscore started the inner operation 2 times (at 0 ms and 0 ms)"));
    }

    [Test]
    public void C_may_start_the_pig_before_the_dog()
    {
        var run = JoinRun.Of(3000, 1000, (startDog, startPig, done) =>
        {
            string? dog = null;
            string? pig = null;
            startPig(value => { pig = value; Join(); });
            startDog(value => { dog = value; Join(); });

            void Join()
            {
                if (dog is not null && pig is not null)
                {
                    done(dog + pig);
                }
            }
        });

        Assert.That((run.StartMistake(), run.DoneMistake()), Is.EqualTo(((string?)null, (string?)null)),
            "Both operations start at 0 ms either way: the order of two starts at the same instant is not a mistake.");
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
    public void A_nested_c_is_told_it_started_the_second_operation_too_late()
    {
        var run = JoinRun.Of(3000, 1000, (startDog, startPig, done) => startDog(dog => startPig(pig => done(dog + pig))));

        Assert.That(run.StartMistake() ?? run.DoneMistake(), Does.Contain("started the second operation only after the first finished"));
    }

    [Test]
    public void A_c_that_calls_done_twice_is_told_what_the_first_call_received()
    {
        var run = JoinRun.Of(3000, 1000, (startDog, startPig, done) =>
        {
            string? dog = null;
            string? pig = null;
            startDog(value => { dog = value; done(dog + pig); });
            startPig(value => { pig = value; done(dog + pig); });
        });

        Assert.That(run.StartMistake() ?? run.DoneMistake(),
            Does.StartWith("done was called twice: at 1000 ms with \"🐷\", then at 3000 ms with \"🐶🐷\"."));
    }

    [Test]
    public void The_program_uses_callbacks_only()
    {
        Technique.Forbid(typeof(DogPig).Assembly, Technique.TasksAndThreads,
            "This kata is continuation-passing style: pass callbacks and keep the join state in variables, without Task, async/await or threads.");
    }
}

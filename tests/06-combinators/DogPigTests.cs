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
    public void C_is_rejected_as_soon_as_either_promise_is()
    {
        Once<Exception>? failed = null;
        var boom = new InvalidOperationException("💥");
        KataRun.Run(loop =>
        {
            failed = new Once<Exception>(loop, "c's onRejected");
            var promise2 = UnhandledRejection.Fail(loop, boom, 500);
            DogPig.C(loop, DogPig.Delay(loop, "🐶", 2000), promise2).Then(_ => { }, failed.Callback);
        });

        if (failed!.Calls is [(2000, _)])
        {
            Assert.Fail(
                "c's promise was rejected at 2000 ms, when promise1 arrived, not at 500 ms, when promise2 was rejected: c waited " +
                "for promise1 before it looked at promise2, as the chains of kata 05 do. Step 6 writes C with Promise.All, " +
                "which is rejected as soon as either input is: Promise.All(loop, promise1, promise2).Then(values => …).");
        }

        Assert.That(failed.Calls, Is.EqualTo(new[] { (500L, (Exception)boom) }),
            "With promise2 rejected at 500 ms, c's promise must be rejected then, with the same reason: Promise.All is rejected " +
            "by the first rejection of any input (step 6).");
    }

    [Test]
    public void A_captured_loop_variable_in_a_combinator_is_named()
    {
        var thrown = new UncaughtThrow(new IndexOutOfRangeException(), ThrowOrigin.Kata, "Promise.All", "katas/06-combinators/Combinators.cs:line 40", InLambda: true, Callee: null);

        Assert.That(new CombinatorsAdvice().Advise(thrown), Does.Contain("the callback uses the loop variable itself").And.Contain("var slot = i;"));
    }

    [Test]
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(Promise).Assembly, Technique.TasksAndThreads,
            "This kata combines your own promises on the kit's loop: no Task, async/await or threads.");
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;
using static Katas.GeneratorErrors.Co;

namespace Katas.GeneratorErrors.Tests;

public sealed class DogBoomTests() : KataFixture(DogBoom.Main)
{
    private static Diagnosis[] Mistakes =>
    [
        FinallyMistakes.FinallyTwice("finally"),
        new(t => t.Count("catch 💥") == 0,
            "Nothing was caught: read promise2's outcome after its yield, inside a try/catch, from a handle made by AwaitSettled " +
            "(an Await handle ends c at the rejection, uncaught), and make the runner resume after a rejection for such a handle (step 2)."),
        new(t => t.Count("catch 💥") > 0 && t.Count("c: finished with no value") == 0,
            "c did not finish with no value: after the catch, end c with `yield break` (the JavaScript's catch block just ends), so " +
            "the runner's promise is fulfilled with null."),
        new(t => t.Count("finally") == 0, "\"finally\" was never logged: either C has no try/finally around its yields, or " +
            "the runner forgets to dispose an abandoned iterator (step 1)."),
    ];

    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve("dog-boom", RunProgram(), Mistakes);
    }

    [Test]
    public void When_both_succeed_finally_runs_once_and_c_finishes_with_both_values()
    {
        var (lines, value) = Run(loop => DogBoom.Delay(loop, "🐶", 200), loop => DogBoom.Delay(loop, "🐷", 500));

        Assert.That(lines, Is.EqualTo(new[] { (500L, "finally") }),
            "When both succeed, c logs only \"finally\", once, at 500 ms: Return(v1 + v2) inside the try, and the runner disposes " +
            "the iterator there, which runs the finally (steps 1 and 3). No \"finally\" at all: the runner forgets to dispose an " +
            "abandoned iterator (it stops at Return without Dispose).");
        Assert.That(value, Is.EqualTo((500L, "🐶🐷")), "When both succeed, c's promise is fulfilled at 500 ms with \"🐶🐷\".");
    }

    [Test]
    public void An_error_that_arrives_early_is_caught_when_c_gets_to_it_and_Node_reports_it_meanwhile()
    {
        var (lines, value) = Run(loop => DogBoom.Delay(loop, "🐶", 2000), loop => DogBoom.Fail(loop, new InvalidOperationException("💥"), 500));

        Assert.That(lines, Is.EqualTo(new[]
            {
                (500L, "unhandled rejection: 💥"), (2000L, "catch 💥"), (2000L, "finally"), (2000L, "rejection handled: 💥"),
            }),
            "c waits for promise1 until 2000 ms; only then does it yield promise2, which was rejected at 500 ms, and catch its " +
            "reason. Until c gets there nobody handles promise2, so the promise library reports it as Node does (kata 06).");
        Assert.That(value, Is.EqualTo((2000L, (string?)null)));
    }

    [Test]
    public void When_both_fail_only_the_first_reason_is_caught_at_once()
    {
        var (lines, _) = Run(
            loop => DogBoom.Fail(loop, new InvalidOperationException("💥1"), 200),
            loop => DogBoom.Fail(loop, new InvalidOperationException("💥2"), 500));

        Assert.That(lines, Is.EqualTo(new[] { (200L, "catch 💥1"), (200L, "finally"), (500L, "unhandled rejection: 💥2") }),
            "c stops at the first rejection it awaits: \"catch 💥1\" and \"finally\" at 200 ms. Read each outcome right after its " +
            "own yield: a c that awaits both before it reads either catches only at 500 ms. c never awaits promise2, so its " +
            "rejection stays unhandled.");
    }

    [Test]
    public void A_c_with_a_finally_around_each_await_is_told_that_finally_ran_twice()
    {
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            var promise1 = DogBoom.Delay(loop, "🐶", 200);
            var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
            Run<string?>(loop, TwoFinallies(loop, promise1, promise2)).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
            loop.Log("main: end");
        });

        Assert.That(transcript.Count("finally"), Is.EqualTo(2));
        Assert.That(Scenarios.Explain(transcript, Mistakes), Has.Some.StartsWith("finally ran twice"));

        static IEnumerable<object> TwoFinallies(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
        {
            var first = AwaitSettled(promise1);
            try
            {
                yield return first;
            }
            finally
            {
                loop.Log("finally");
            }

            var second = AwaitSettled(promise2);
            try
            {
                yield return second;
            }
            finally
            {
                loop.Log("finally");
            }

            string result;
            try
            {
                result = first.Value + second.Value;
            }
            catch (InvalidOperationException error)
            {
                loop.Log("catch " + error.Message);
                yield break;
            }

            yield return Return(result);
        }
    }

    [Test]
    public void C_is_an_iterator_without_tasks_or_threads()
    {
        Assert.That(typeof(DogBoom).GetMethod(nameof(DogBoom.C))!.GetCustomAttribute<IteratorStateMachineAttribute>(), Is.Not.Null,
            "DogBoom.C must be an iterator (a method with `yield return`): that is what this kata practises (step 3).");
        Technique.Forbid(typeof(Co).Assembly, Technique.TasksAndThreads,
            "This kata drives iterators with the kit's promises on the kit's loop: no Task, async/await or threads.");
    }

    private static (List<(long TimeMs, string Text)> Lines, (long TimeMs, string? Value) Result) Run(
        Func<EventLoop, Promise<string>> first, Func<EventLoop, Promise<string>> second)
    {
        Once<string?>? done = null;
        var transcript = KataRun.Run(loop =>
        {
            done = new Once<string?>(loop, "c's onFulfilled");
            Run<string?>(loop, DogBoom.C(loop, first(loop), second(loop))).Then(done.Callback);
        });
        Assert.That(done!.Calls, Has.Count.EqualTo(1), "c's promise must be fulfilled once: the catch handles the error.");
        return ([.. transcript.Lines.Select(line => (line.TimeMs, line.Text))], done.Calls[0]);
    }
}

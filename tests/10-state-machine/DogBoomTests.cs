using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.StateMachine.Tests;

public sealed class DogBoomTests() : KataFixture(DogBoom.Main)
{
    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve("dog-boom", RunProgram(), BoomMistakes.For(500));
    }

    [Test]
    public void An_early_rejection_is_reported_unhandled_and_caught_when_c_gets_to_it_at_2000_ms()
    {
        // promise2 fails at 500 ms while c() still waits for promise1 (2000 ms): nobody has subscribed to promise2 yet.
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
            DogBoom.C(loop, promise1, promise2).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
            loop.Log("main: end");
        });

        Scenarios.Approve("unhandled-rejection", transcript, [.. BoomMistakes.For(2000),
            new Diagnosis(t => t.TimeOf("catch 💥") == 500,
                "\"catch 💥\" came at 500 ms: c() subscribed to promise2 before it had promise1's value. Subscribe to one promise " +
                "at a time, in await order: promise2 only in the MoveNext that promise1 resumes (step 3).")]);
    }

    [Test]
    public void When_both_succeed_finally_runs_once_and_c_finishes_with_both_values()
    {
        var (transcript, value) = Run(loop => DogPig.Delay(loop, "🐶", 200), loop => DogPig.Delay(loop, "🐷", 500));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (500L, "finally") }),
            BoomMistakes.Named(transcript, 500) + "When both succeed, c logs only \"finally\", once, at 500 ms, when it returns v1 + v2: the finally runs on the way out " +
            "of a return too, but not at the two suspensions before it.");
        Assert.That(value, Is.EqualTo((500L, "🐶🐷")), "When both succeed, c's promise is fulfilled at 500 ms with \"🐶🐷\".");
    }

    [Test]
    public void When_both_fail_only_the_first_reason_is_caught()
    {
        var (transcript, _) = Run(
            loop => DogBoom.Fail(loop, new InvalidOperationException("💥1"), 200),
            loop => DogBoom.Fail(loop, new InvalidOperationException("💥2"), 500));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (200L, "catch 💥1"), (200L, "finally"), (500L, "unhandled rejection: 💥2") }),
            BoomMistakes.Named(transcript, 200) + "c stops at the first rejection it awaits: \"catch 💥1\" and \"finally\" at 200 ms, and no second catch. promise2 fails " +
            "at 500 ms, when c has finished and nobody subscribes to it any more: an unhandled rejection, as Node reports it too.");
    }

    [Test]
    public void A_finally_that_runs_at_each_suspension_is_named()
    {
        // What a machine with an unguarded finally prints: "finally" each time MoveNext returns at an await, then at the end.
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            loop.Log("finally");
            loop.Log("main: end");
            loop.SetTimeout(() => loop.Log("finally"), 200);
            loop.SetTimeout(
                () =>
                {
                    loop.Log("catch 💥");
                    loop.Log("finally");
                    loop.Log("c: finished with no value");
                },
                500);
        });

        Assert.That(Scenarios.Explain(transcript, BoomMistakes.For(500)), Has.Some.StartsWith(BoomMistakes.FinallyAtSuspension));
    }

    [Test]
    public void A_finally_written_twice_is_named()
    {
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            loop.Log("main: end");
            loop.SetTimeout(
                () =>
                {
                    loop.Log("catch 💥");
                    loop.Log("finally");
                    loop.Log("finally");
                    loop.Log("c: finished with no value");
                },
                500);
        });

        var named = Scenarios.Explain(transcript, BoomMistakes.For(500));
        Assert.That(named, Has.Some.Contains("more than once"));
        Assert.That(named, Has.None.StartsWith(BoomMistakes.FinallyAtSuspension));
    }

    private static (Transcript Transcript, (long TimeMs, string? Value) Result) Run(
        Func<EventLoop, Promise<string>> first, Func<EventLoop, Promise<string>> second)
    {
        Once<string?>? done = null;
        var transcript = KataRun.Run(loop =>
        {
            done = new Once<string?>(loop, "c's onFulfilled");
            DogBoom.C(loop, first(loop), second(loop)).Then(done.Callback);
        });
        Assert.That(done!.Calls, Has.Count.EqualTo(1), "c's promise must be fulfilled once: the catch handles the error.");
        return (transcript, done.Calls[0]);
    }
}

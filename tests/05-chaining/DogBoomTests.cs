using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Chaining.Tests;

public sealed class DogBoomTests() : KataFixture(DogBoom.Main)
{
    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve(
            "dog-boom",
            RunProgram(),
            DogBoomMistakes.FinallyBeforeCatch("step 6"),
            Diagnosis.CountOf("finally", 1, "\"finally\" must be logged exactly once: put Finally after Catch, at the end of c's chain."),
            new Diagnosis(t => t.Count("catch 💥") == 0, "Nothing was caught: end the try part of c's chain with Catch, which logs \"catch \" + error.Message."),
            new Diagnosis(t => t.Count("catch 💥") > 0 && t.Count("c: finished with no value") == 0,
                "c did not finish with no value: Catch must return null (the JavaScript's undefined), so c's promise ends fulfilled."));
    }

    [Test]
    public void When_both_succeed_finally_runs_once_and_c_finishes_with_both_values()
    {
        var (transcript, value) = Run(loop => DogPig.Delay(loop, "🐶", 200), loop => DogPig.Delay(loop, "🐷", 500));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (500L, "finally") }),
            "When both succeed, c logs only \"finally\", at 500 ms.");
        Assert.That(value, Is.EqualTo((500L, "🐶🐷")), "When both succeed, c's promise is fulfilled at 500 ms with \"🐶🐷\".");
    }

    [Test]
    public void An_error_that_arrives_early_is_caught_when_c_gets_to_it()
    {
        var (transcript, value) = Run(loop => DogPig.Delay(loop, "🐶", 2000), loop => DogBoom.Fail(loop, new InvalidOperationException("💥"), 500));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (2000L, "catch 💥"), (2000L, "finally") }),
            "c waits for promise1 until 2000 ms; only then does it look at promise2, which was rejected at 500 ms. " +
            "In JavaScript this early rejection is reported as unhandled until c gets to it (kata 06).");
        Assert.That(value, Is.EqualTo((2000L, (string?)null)));
    }

    [Test]
    public void When_both_fail_only_the_first_reason_is_caught()
    {
        var (transcript, _) = Run(
            loop => DogBoom.Fail(loop, new InvalidOperationException("💥1"), 200),
            loop => DogBoom.Fail(loop, new InvalidOperationException("💥2"), 500));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (200L, "catch 💥1"), (200L, "finally") }),
            "c stops at the first rejection it awaits: \"catch 💥1\" and \"finally\" at 200 ms, and nothing when promise2 fails later.");
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
        if (DogBoomMistakes.FinallyBeforeCatch(transcript.Lines.Select(line => line.Text), "step 6") is { } mistake)
        {
            Assert.Fail(mistake);
        }

        Assert.That(done!.Calls, Has.Count.EqualTo(1), "c's promise must be fulfilled once: the catch handles the error.");
        return (transcript, done.Calls[0]);
    }
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.ErrorFirstCallbacks.Tests;

public sealed class DogBoomTests() : KataFixture(DogBoom.Main)
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void Main_catches_the_boom_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve(
            "dog-boom",
            RunProgram(),
            Diagnosis.CountOf("finally", 1, "\"finally\" must be logged exactly once, when c finishes, whichever way it finishes."),
            new Diagnosis(t => t.Count("c: failed with 💥") > 0,
                "The error escaped c: the JavaScript's catch logs it and swallows it, so c finishes with no value: call done(null, null)."),
            new Diagnosis(t => t.Count("catch 💥") == 0, "Nothing was caught: when an outcome arrives with an error, log \"catch \" + error.Message."));
    }

    [Test]
    public void Finally_runs_once_when_both_operations_succeed()
    {
        var (transcript, done) = Run((200, null, "🐶"), (500, null, "🐷"));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (500L, "finally") }),
            "When both succeed, c logs only \"finally\", at 500 ms, when the second value arrives.");
        Assert.That(done.Calls, Is.EqualTo(new[] { (500L, ((Exception?)null, (string?)"🐶🐷")) }),
            "When both succeed, done must be called once, at 500 ms, with (null, \"🐶🐷\").");
    }

    [Test]
    public void An_error_that_arrives_early_is_caught_when_c_gets_to_it()
    {
        var (transcript, done) = Run((2000, null, "🐶"), (500, Boom, null));

        Assert.That(transcript.TimeOf("catch 💥"), Is.EqualTo(2000),
            "c awaits the first operation until 2000 ms. The second one's error, which arrived at 500 ms, is seen only after that: " +
            "act in await order, not arrival order (in JavaScript this early rejection is the \"unhandled\" one of grade 2).");
        Assert.That(done.Calls.Select(call => call.TimeMs), Is.EqualTo(new[] { 2000L }), "done must be called once, at 2000 ms.");
    }

    [Test]
    public void When_both_fail_only_the_first_error_is_caught()
    {
        var (transcript, done) = Run((200, new InvalidOperationException("💥1"), null), (500, new InvalidOperationException("💥2"), null));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (200L, "catch 💥1"), (200L, "finally") }),
            "c stops at the first error: it logs \"catch 💥1\" and \"finally\" at 200 ms, and ignores what arrives after it has finished.");
        Assert.That(done.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_program_uses_callbacks_only()
    {
        Technique.Forbid(typeof(DogBoom).Assembly, Technique.TasksAndThreads,
            "This kata builds try/catch/finally out of callbacks: no Task, async/await or threads.");
    }

    private static (Transcript Transcript, Once<(Exception?, string?)> Done) Run(
        (long DelayMs, Exception? Error, string? Value) first,
        (long DelayMs, Exception? Error, string? Value) second)
    {
        Once<(Exception?, string?)>? done = null;
        var transcript = KataRun.Run(loop =>
        {
            done = new Once<(Exception?, string?)>(loop, "done");
            DogBoom.C(
                loop,
                callback => loop.SetTimeout(() => callback(first.Error, first.Value), first.DelayMs),
                callback => loop.SetTimeout(() => callback(second.Error, second.Value), second.DelayMs),
                (error, value) => done.Callback((error, value)));
        });
        return (transcript, done!);
    }
}

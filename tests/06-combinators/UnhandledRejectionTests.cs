using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Combinators.Tests;

public sealed class UnhandledRejectionTests() : KataFixture(UnhandledRejection.Main)
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void A_rejection_nobody_handles_yet_is_reported_at_500_ms_and_its_late_handling_at_2000_ms()
    {
        Scenarios.Approve(
            "unhandled-rejection",
            RunProgram(),
            Diagnosis.CountOf("unhandled rejection: 💥", 1,
                "\"unhandled rejection: 💥\" must be logged once, at 500 ms: promise2 is rejected then, and nobody has called Then on it yet (step 5). " +
                "A report at another time usually comes from checking straight away, in reject: the promise that Then returns is rejected too, " +
                "and its handler is attached a microtask later. Check once the microtasks have run out (loop.AfterMicrotasks)."),
            Diagnosis.CountOf("rejection handled: 💥", 1,
                "\"rejection handled: 💥\" must be logged once, at 2000 ms, when c finally calls promise2.Then, after the lines c logs then (step 5)."),
            new Diagnosis(
                t => Order(t, "rejection handled: 💥") is { } handled && Order(t, "c: finished with no value") is { } finished && handled < finished,
                "\"rejection handled: 💥\" came before the lines c logs at 2000 ms: Node reports it after them, once the microtasks have run out. " +
                "Log it from loop.AfterMicrotasks when a handler is attached to a reported promise, not straight away (step 5)."),
            Diagnosis.LineAt("unhandled rejection: 💥", 2000,
                "The report came at 2000 ms: check for handlers once the callback that rejected the promise and its microtasks are done, not later."));
    }

    [Test]
    public void A_rejection_handled_before_the_microtasks_run_out_is_not_reported()
    {
        var transcript = KataRun.Run(loop =>
        {
            var rejected = Promise.Reject<string>(loop, Boom);
            loop.QueueMicrotask(() => loop.QueueMicrotask(() => rejected.Catch(_ => "handled")));
        });

        Assert.That(transcript.Lines, Is.Empty,
            "A handler added two microtasks after the rejection is still in time: report only what is unhandled once the microtasks have run out.");
    }

    [Test]
    public void A_rejection_is_reported_once_for_the_end_of_the_chain_it_falls_off()
    {
        var transcript = KataRun.Run(loop =>
        {
            var rejected = FailLater(loop, Boom, 100);
            rejected.Then(value => value + "!").Then(value => value + "?");
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (100L, "unhandled rejection: 💥") }),
            "The first two promises of the chain are handled (each has a Then); only the last one, which nobody handles, is reported.");
    }

    [Test]
    public void A_rejected_promise_that_is_never_handled_is_reported_and_the_run_ends_normally()
    {
        var transcript = KataRun.Run(loop => FailLater(loop, Boom, 100));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (100L, "unhandled rejection: 💥") }),
            "Report the unhandled rejection with loop.Log; Node would exit here, the kit carries on.");
    }

    [Test]
    public void An_unhandled_rejection_is_reported_before_a_timer_due_at_the_same_time_runs()
    {
        var transcript = KataRun.Run(loop =>
        {
            var rejected = FailLater(loop, Boom, 100);
            loop.SetTimeout(() => loop.Log("second timer at 100 ms"), 100);
            loop.SetTimeout(() => rejected.Catch(_ => "handled"), 100);
        });

        var texts = transcript.Lines.Select(line => line.Text).ToList();
        var why = texts.IndexOf("unhandled rejection: 💥") is var reported && (reported < 0 || reported > texts.IndexOf("second timer at 100 ms"))
            ? "Node checks as soon as the microtasks of the timer that rejected have run, before any other timer — even one due at "
                + "the same time, which here would handle the rejection first. Schedule the check with loop.AfterMicrotasks, not a 0 ms timer (step 5)."
            : texts.Contains("rejection handled: 💥")
                ? "The rejection was reported in time; \"rejection handled: 💥\" must follow once the third timer attaches its handler (step 5)."
                : "The rejection was reported in time, but when the third timer attaches a handler to the reported promise, "
                    + "log \"rejection handled: 💥\" (from loop.AfterMicrotasks, as Node does) (step 5).";
        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[]
            {
                (100L, "unhandled rejection: 💥"),
                (100L, "second timer at 100 ms"),
                (100L, "rejection handled: 💥"),
            }),
            why);
    }

    [Test]
    public void The_dog_boom_program_has_no_unhandled_rejection()
    {
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            UnhandledRejection.C(loop, DogPig.Delay(loop, "🐶", 200), FailLater(loop, Boom, 500))
                .Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
            loop.Log("main: end");
        });

        Scenarios.Approve("dog-boom", transcript,
            Diagnosis.CountOf("unhandled rejection: 💥", 0, "With promise1 at 200 ms, c calls promise2.Then at 200 ms, before promise2 is rejected at 500 ms: nothing is unhandled."));
    }

    [Test]
    public void Combinators_handle_the_promises_they_are_given()
    {
        var transcript = KataRun.Run(loop =>
        {
            Promise.All(loop, FailLater(loop, Boom, 100), DogPig.Delay(loop, "🐷", 200)).Catch(_ => []);
            Promise.Race(loop, DogPig.Delay(loop, "🐶", 50), FailLater(loop, Boom, 100)).Then(_ => { });
            Promise.AllSettled(loop, FailLater(loop, Boom, 100)).Then(_ => { });
            Promise.Any(loop, FailLater(loop, Boom, 100), DogPig.Delay(loop, "🐷", 200)).Then(_ => { });
        });

        Assert.That(transcript.Lines, Is.Empty,
            "A combinator calls Then on every promise it is given, so their rejections are handled: nothing may be reported.");
    }

    private static Promise<string> FailLater(EventLoop loop, Exception reason, long delayMs) => UnhandledRejection.Fail(loop, reason, delayMs);

    private static int? Order(Transcript transcript, string text)
    {
        var index = transcript.Lines.Select(line => line.Text).ToList().IndexOf(text);
        return index < 0 ? null : index;
    }
}

using ContinuationKatas.Testing;

namespace Katas.Cancellation.Tests;

/// <summary>The deadline program: a token source on the loop's clock, its token passed down, the cancellation handled.</summary>
public sealed class DeadlineTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_the_dog_at_2000_ms_and_c_is_cancelled_at_the_3000_ms_deadline()
    {
        Scenarios.Approve("dog-pig-deadline", CancelRun.Of(DogPig.Main).Transcript, CancelMistakes.ForDeadline());
    }

    [Test]
    public void The_cancelled_program_ends_at_3000_ms_with_no_timer_left_behind()
    {
        var run = CancelRun.Of(DogPig.Main);
        var pig = run.Transcript.Timers.Where(timer => timer.DueAtMs == 5000).ToList();

        if (CancelMistakes.PastTheDeadline(run) is { } outlived)
        {
            Assert.Fail(outlived);
        }

        Assert.That(run.Transcript.EndedAtMs, Is.EqualTo(DogPig.DeadlineMs), "The run must end at the deadline, 3000 ms.");
        Assert.That(run.PendingWhenMainEnded, Is.Zero,
            $"When main finished at {run.MainEndedAtMs} ms, the loop still had {run.PendingWhenMainEnded} timer(s) pending: a cancelled " +
            "Task.Delay disposes its timer, so none should be left (step 2).");
        Assert.That(pig, Has.Count.EqualTo(1), "The pig's Task.Delay must start one loop timer at 0 ms, due at 5000 ms (steps 1 and 2).");
        Assert.That(pig[0].Cleared, Is.True,
            $"The pig's timer (due at 5000 ms) was not cleared: {CancelMistakes.TokenNotPassedDown}? With the token, Task.Delay " +
            "disposes its timer when the deadline cancels it, and the loop clears it at 3000 ms (step 2).");
    }

    [Test]
    public void C_without_a_cancellation_prints_dog_pig_at_5000_ms_and_its_finally_once()
    {
        var transcript = CancelRun.Of(async loop =>
        {
            var c = DogPig.C(loop, DogPig.Animal(loop, "🐶", 2000, CancellationToken.None), DogPig.Animal(loop, "🐷", 5000, CancellationToken.None));
            loop.Log(await c);
        }).Transcript;

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)),
            Is.EqualTo(new[] { (2000L, "c: 🐶"), (5000L, "c: finally"), (5000L, "🐶🐷!") }),
            Scenarios.Explain(transcript, CancelMistakes.ForDeadline()).FirstOrDefault() ??
            "With nothing cancelled, c() is the dog+pig program: \"c: 🐶\" at 2000 ms, then \"c: finally\" and \"🐶🐷!\" at 5000 ms (step 3).");
    }

    [Test]
    public void C_lets_a_failure_that_is_not_a_cancellation_go_on_to_its_caller()
    {
        var boom = new InvalidOperationException("💥");
        Exception? caught = null;
        var transcript = CancelRun.Of(async loop =>
        {
            try
            {
                await DogPig.C(loop, DogPig.Animal(loop, "🐶", 2000, CancellationToken.None), Fail(loop, boom, 2500));
            }
            catch (InvalidOperationException error)
            {
                caught = error;
            }
        }).Transcript;

        Assert.That(caught, Is.SameAs(boom),
            $"{CancelMistakes.CaughtTooBroadly}: the pig failed with 💥 at 2500 ms, and c() " +
            (transcript.Count("c: cancelled") > 0 ? "logged \"c: cancelled\" for it" : "did not let 💥 through") +
            ". A 💥 is not a cancellation: catch only OperationCanceledException, so that every other failure goes on to c()'s " +
            "caller, as it would without the catch (step 3).");
        Assert.That(transcript.Count("c: finally"), Is.EqualTo(1), CancelMistakes.FinallyNotOnce + ", also when c() fails (step 3).");
    }

    // The pig's Task, failing with `error` after `delayMs` of loop time.
    private static async Task<string> Fail(ContinuationKatas.Runtime.EventLoop loop, Exception error, long delayMs)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider);
        throw error;
    }
}

using ContinuationKatas.Testing;

namespace Katas.Cancellation.Tests;

/// <summary>The timeout program: WaitAsync stops the waiting at 3000 ms; cancelling the work stops the rest.</summary>
public sealed class TimeoutTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_stops_waiting_at_3000_ms_and_c_winds_down_at_once()
    {
        Scenarios.Approve("dog-pig-timeout", CancelRun.Of(DogPigTimeout.Main).Transcript, CancelMistakes.ForTimeout());
    }

    [Test]
    public void Stopping_the_wait_stops_the_work_too_and_no_timer_fires_after_3000_ms()
    {
        var run = CancelRun.Of(DogPigTimeout.Main);
        var stoppedAt = run.Transcript.TimeOf("main: stopped waiting");

        Assert.That(stoppedAt, Is.EqualTo(DogPigTimeout.TimeoutMs),
            "main must stop waiting at 3000 ms of loop time and log \"main: stopped waiting\": c.WaitAsync(TimeSpan.FromMilliseconds(3000), " +
            "loop.TimeProvider), and catch its TimeoutException (step 4).");
        if (CancelMistakes.WentOn(run, stoppedAt!.Value) is { } wentOn)
        {
            Assert.Fail(wentOn);
        }

        Assert.That(run.Transcript.EndedAtMs, Is.EqualTo(DogPigTimeout.TimeoutMs));
    }

    [Test]
    public void A_timeout_on_the_wait_alone_is_named_you_stopped_waiting_but_the_work_went_on()
    {
        // The rung's mistake, built from your Animal and C: WaitAsync with a timeout, and nothing that stops the work.
        var run = CancelRun.Of(async loop =>
        {
            using var work = new CancellationTokenSource();
            var c = DogPig.C(loop, DogPig.Animal(loop, "🐶", 2000, work.Token), DogPig.Animal(loop, "🐷", 5000, work.Token));
            try
            {
                loop.Log(await c.WaitAsync(TimeSpan.FromMilliseconds(DogPigTimeout.TimeoutMs), loop.TimeProvider));
            }
            catch (TimeoutException)
            {
                loop.Log("main: stopped waiting");
            }
        });

        Assert.That(run.PendingWhenMainEnded, Is.EqualTo(1), "When main has stopped waiting, the pig's 5000 ms timer is still pending.");
        Assert.That(run.Transcript.Timers.Where(timer => timer.DueAtMs == 5000).Select(timer => timer.FiredAtMs), Is.EqualTo(new long?[] { 5000 }),
            "Nothing cancelled the pig's Task.Delay, so its timer fires at 5000 ms, after main has gone.");
        Assert.That(CancelMistakes.WentOn(run, DogPigTimeout.TimeoutMs),
            Does.StartWith(CancelMistakes.WorkWentOn).And.Contains("stopped waiting at 3000 ms").And.Contains("fired at 5000 ms"));
    }
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;
using Katas.LoopWarmup;

namespace Katas.LoopWarmup.Tests;

public sealed class WarmUpTests() : KataFixture(WarmUp.Main)
{
    [Test]
    public void Main_prints_the_warm_up_transcript()
    {
        var transcript = RunProgram();

        Scenarios.Approve(
            "warm-up",
            transcript,
            new Diagnosis(t => t.Lines.Count > 0 && t.Lines[^1].Text == "main: end" && t.Lines.Count > 1,
                "\"main: end\" is the last line: the timers and the microtask did not run. Schedule them in Main, before its last line."),
            new Diagnosis(t => t.Lines.Count > 1 && t.Lines[1].Text != "main: end",
                "\"main: end\" is not the second line. Main runs to its end before any callback it scheduled, so log \"main: end\" as Main's last statement."),
            Diagnosis.CountOf("timer: cleared, never fires", 0,
                "The cleared timer fired. Keep the TimerId that SetTimeout returns and pass it to loop.ClearTimeout in Main."));
    }

    [Test]
    public void Timers_due_at_the_same_time_fire_in_the_order_they_were_scheduled()
    {
        var lines = RunProgram().Lines.Select(line => line.Text).ToList();

        var first = lines.IndexOf("timer: 1000 ms");
        var second = lines.IndexOf("timer: also 1000 ms, scheduled later");
        Assert.That(first, Is.Not.Negative, "No line \"timer: 1000 ms\" (step 2).");
        Assert.That(second, Is.GreaterThan(first),
            "\"timer: also 1000 ms, scheduled later\" must come after \"timer: 1000 ms\": schedule it after the first 1000 ms timer (step 3).");
    }

    [Test]
    public void The_500_ms_timer_is_scheduled_after_the_1000_ms_timer()
    {
        var timers = RunProgram().Timers;

        var thousand = timers.FirstOrDefault(timer => timer is { ScheduledAtMs: 0, DueAtMs: 1000 });
        var fiveHundred = timers.FirstOrDefault(timer => timer is { ScheduledAtMs: 0, DueAtMs: 500 });
        Assert.That(thousand, Is.Not.Null, "No timer for 1000 ms was scheduled at 0 ms: schedule \"timer: 1000 ms\" from Main (step 2).");
        Assert.That(fiveHundred, Is.Not.Null, "No timer for 500 ms was scheduled at 0 ms: schedule \"timer: 500 ms\" from Main (step 2).");
        Assert.That(thousand!.Id.Value, Is.LessThan(fiveHundred!.Id.Value),
            "Schedule the 1000 ms timer first and the 500 ms timer second (step 2): the point of the step is that the 500 ms " +
            "timer still fires first, because the loop takes timers by due time, not by the order they were scheduled in.");
    }

    [Test]
    public void The_microtask_runs_right_after_main_before_every_timer()
    {
        AssertMicrotask(KataRun.Run(WarmUp.Main, new LoopOptions { RecordCallbacks = true }), "microtask: after main, before any timer", "Main", "step 4");
    }

    [Test]
    public void The_microtask_of_step_6_runs_right_after_the_1500_ms_callback()
    {
        AssertMicrotask(KataRun.Run(WarmUp.Main, new LoopOptions { RecordCallbacks = true }), "microtask: before that 0 ms timer", "timer: 1500 ms", "step 6");
    }

    [Test]
    public void A_line_logged_from_a_0_ms_timer_is_told_to_queue_a_microtask()
    {
        // Step 4 done with a 0 ms timer: the same transcript, the wrong mechanism.
        var transcript = KataRun.Run(
            loop =>
            {
                loop.Log("main: start");
                loop.SetTimeout(() => loop.Log("microtask: after main, before any timer"), 0);
                loop.Log("main: end");
            },
            new LoopOptions { RecordCallbacks = true });

        Assert.That(MicrotaskMistake(transcript, "microtask: after main, before any timer", "Main", "step 4"),
            Does.StartWith("\"microtask: after main, before any timer\" was logged by a timer callback at 0 ms, not by a microtask")
                .And.Contain("loop.QueueMicrotask"));
    }

    [Test]
    public void One_timer_is_cleared_before_it_fires()
    {
        var timers = RunProgram().Timers;

        Assert.That(timers.Where(timer => timer.Cleared && timer.FiredAtMs is null).Select(timer => timer.DueAtMs), Is.EqualTo(new[] { 700L }),
            "Exactly one timer, the one at 700 ms, should be cleared with loop.ClearTimeout before it fires (step 5).");
    }

    [Test]
    public void The_0_ms_timer_is_scheduled_from_inside_the_1500_ms_callback()
    {
        const string Text = "timer: 0 ms after 1500 ms";
        var transcript = KataRun.Run(WarmUp.Main, new LoopOptions { RecordCallbacks = true });

        var logger = transcript.Callbacks.FirstOrDefault(callback => Logged(transcript, callback, Text));
        Assert.That(logger, Is.Not.Null, $"No line \"{Text}\" → log it from a 0 ms timer (step 6).");
        Assert.That(logger!.Kind, Is.EqualTo(CallbackKind.Timer),
            $"\"{Text}\" was logged by {Describe(transcript, logger)}, not by a timer → schedule a timer with " +
            "loop.SetTimeout(..., 0) from inside the 1500 ms callback, and log the line from that timer (step 6).");

        var timer = transcript.Timers.Single(record => record.Id == logger.Timer);
        var delay = timer.DueAtMs - timer.ScheduledAtMs;
        var scheduler = transcript.Callbacks.FirstOrDefault(callback => callback.TimersScheduled.Contains(timer.Id));
        var from = scheduler is null ? "" : $", from {Describe(transcript, scheduler)}";
        Assert.That((timer.ScheduledAtMs, delay), Is.EqualTo((1500L, 0L)),
            $"The timer that logged \"{Text}\" was scheduled at {timer.ScheduledAtMs} ms{from}, with a {delay} ms delay → " +
            "step 6 schedules it at 1500 ms, from inside the callback that logs \"timer: 1500 ms\", with a 0 ms delay. " +
            "The transcript can look right either way, because timers due at the same time fire in scheduling order; but the " +
            "point of step 6 is what a timer scheduled inside a callback does: its delay counts from when that callback runs, " +
            "and even a 0 ms timer waits until the callback and its microtasks have finished (that is why the microtask line " +
            "comes first). → Move the loop.SetTimeout(..., 0) into the 1500 ms timer's callback.");
    }

    [Test]
    public void The_warm_up_uses_callbacks_only()
    {
        Technique.Forbid(typeof(WarmUp).Assembly, Technique.TasksAndThreads,
            "Grade 1 is about callbacks: schedule with loop.SetTimeout and loop.QueueMicrotask, without Task, async/await or threads.");
    }

    // A microtask line must be logged by a microtask that ran straight after the callback that queued it: the timer
    // or Main logged just before it, with no timer in between. A 0 ms timer gives the same transcript here.
    private static void AssertMicrotask(Transcript transcript, string text, string after, string step)
    {
        if (MicrotaskMistake(transcript, text, after, step) is { } mistake)
        {
            Assert.Fail(mistake);
        }
    }

    private static string? MicrotaskMistake(Transcript transcript, string text, string after, string step)
    {
        var index = transcript.Callbacks.ToList().FindIndex(callback => Logged(transcript, callback, text));
        if (index < 0)
        {
            return $"No line \"{text}\" → queue a microtask that logs it ({step}).";
        }

        var logger = transcript.Callbacks[index];
        if (logger.Kind != CallbackKind.Microtask)
        {
            var by = logger.Kind switch
            {
                CallbackKind.Main => "Main itself",
                CallbackKind.Timer => $"a timer callback at {logger.TimeMs} ms",
                _ => $"work posted from another thread at {logger.TimeMs} ms",
            };
            return $"\"{text}\" was logged by {by}, not by a microtask → queue it with " +
                $"loop.QueueMicrotask(...) ({step}). The transcript looks right either way, but a timer, even a 0 ms one, waits its " +
                "turn behind the timers already due, and Main's own lines come before anything it queues; a microtask runs as soon " +
                "as the current callback returns, before any timer. That difference is what the step is about.";
        }

        // The callback that ran last before this microtask (microtasks queued by it run right after it).
        var before = transcript.Callbacks.Take(index).LastOrDefault(callback => callback.Kind != CallbackKind.Microtask);
        var expected = after == "Main" ? before?.Kind == CallbackKind.Main : before is not null && Logged(transcript, before, after);
        return expected ? null
            : $"\"{text}\" was logged by a microtask that ran after {(before is null ? "nothing" : Describe(transcript, before))}, " +
                $"not right after {(after == "Main" ? "Main" : $"the callback that logs \"{after}\"")} → queue it from there ({step}).";
    }

    private static bool Logged(Transcript transcript, CallbackRecord callback, string text) =>
        Enumerable.Range(callback.FirstLine, callback.LineCount).Any(index => transcript.Lines[index].Text == text);

    private static string Describe(Transcript transcript, CallbackRecord callback)
    {
        var first = callback.LineCount > 0 ? $" (the one that logs \"{transcript.Lines[callback.FirstLine].Text}\")" : "";
        return callback.Kind switch
        {
            CallbackKind.Main => "Main",
            CallbackKind.Timer => $"the timer callback at {callback.TimeMs} ms{first}",
            CallbackKind.Microtask => $"a microtask at {callback.TimeMs} ms",
            _ => $"work posted from another thread at {callback.TimeMs} ms",
        };
    }
}

using ContinuationKatas.Runtime.Cps;
using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>Step 4: the scheduler's hand-offs, with tasks the tests write.</summary>
public sealed class SchedulerTests() : KataFixture(Ladder.Through(4))
{
    [Test]
    public void Yield_hands_over_to_the_next_ready_task_and_comes_back_after_it()
    {
        var transcript = CpsRun.Run("Scheduler.cs", (cps, exit) =>
        {
            var scheduler = new Scheduler(cps, exit);
            scheduler.Spawn(done => cps.Print("a1", _ => scheduler.Yield(_ => cps.Print("a2", done))));
            scheduler.Spawn(done => cps.Print("b1", _ => scheduler.Yield(_ => cps.Print("b2", done))));
            return scheduler.Next();
        });

        Assert.That(CpsRun.Texts(transcript), Is.EqualTo(new[] { "a1", "b1", "a2", "b2" }),
            "Yield puts the rest of the task (its continuation) at the back of the queue and jumps to the first ready one: a1, then " +
            "b1, then a2 where a left off, then b2 (step 4).");
    }

    [Test]
    public void Sleep_lets_the_other_tasks_run_and_goes_on_at_its_time()
    {
        var transcript = CpsRun.Run("Scheduler.cs", (cps, exit) =>
        {
            var scheduler = new Scheduler(cps, exit);
            scheduler.Spawn(done => scheduler.Sleep(1000, _ => cps.Print("a", done)));
            scheduler.Spawn(done => cps.Print("b", done));
            return scheduler.Next();
        });

        Assert.That(transcript.TimeOf("b"), Is.EqualTo(0), "While a sleeps, b runs at once: Sleep hands over to the next ready task (step 4).");
        Assert.That(transcript.TimeOf("a"), Is.EqualTo(1000), "a goes on when its 1000 ms timer fires (step 4).");
        Assert.That(transcript.Count("a"), Is.EqualTo(1),
            "a's continuation ran twice: the timer must make it ready once, and each continuation taken from the queue runs once (step 4).");
    }

    [Test]
    public void The_program_ends_when_the_last_task_has_finished()
    {
        Trampoline? trampoline = null;
        var transcript = CpsRun.Run("Scheduler.cs", (cps, exit) =>
        {
            trampoline = cps;
            var scheduler = new Scheduler(cps, exit);
            scheduler.Spawn(done => scheduler.Sleep(500, _ => cps.Print("last", done)));
            return scheduler.Next();
        });

        Assert.That(trampoline!.Ended, Is.True, "With no task ready and none asleep, Next calls the program's exit continuation (step 4).");
        Assert.That(transcript.EndedAtMs, Is.EqualTo(500));
    }
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>Steps 1 and 2: dog+pig with Task.Delay on the loop's clock, both delays started before either is awaited.</summary>
public sealed class DogPigTests() : KataFixture(Gate.DogPigSolved)
{
    private const string DogPigAwaited = "In DogPig.C, `await Delay(…)`";

    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", TaskRun.Run(DogPig.Main), TaskMistakes.ForDogPig("🐶🐷!", "🐷🐶!", DogPigAwaited, "step 2"));
    }

    [Test]
    public void Delay_completes_with_its_value_after_its_delay_on_the_loops_clock()
    {
        var transcript = TaskRun.Run(async loop => loop.Log(await DogPig.Delay(loop, "🐶", 2000)));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(), Is.EqualTo(new[] { (2000L, "🐶") }),
            "Delay(loop, \"🐶\", 2000) must complete with \"🐶\" at 2000 ms of loop time: await Task.Delay(…, loop.TimeProvider), then return the value (step 1).");
        Assert.That(transcript.Timers.Select(timer => timer.DueAtMs).ToList(), Is.EqualTo(new[] { 2000L }),
            "Delay must wait on one loop timer, due at 2000 ms: that is what Task.Delay(TimeSpan.FromMilliseconds(delayMs), loop.TimeProvider) makes (step 1).");
    }

    [Test]
    public void C_starts_both_timers_at_0_ms_before_it_awaits_either()
    {
        var transcript = TaskRun.Run(DogPig.Main);
        var late = transcript.Timers.FirstOrDefault(timer => timer.ScheduledAtMs > 0);

        Assert.That(late, Is.Null,
            late is null ? string.Empty : $"A timer was started at {late.ScheduledAtMs} ms, not at 0. " + TaskMistakes.LazyExplanation("🐶🐷!", DogPigAwaited, "step 2"));
        Assert.That(transcript.Timers, Has.Count.EqualTo(2), "C must start exactly two delays: the dog's (2000 ms) and the pig's (5000 ms) (step 2).");
    }

    [Test]
    public void The_lazy_version_is_told_it_started_the_pigs_timer_only_after_the_dogs_finished()
    {
        // What the tests say to the lazy C: each delay awaited as it is started.
        var lazy = TaskRun.Run(async loop =>
        {
            loop.Log("main: start");
            var c = LazyC(loop);
            loop.Log("main: end");
            loop.Log(await c + "!");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000), "Awaiting each delay as it starts: the pig's timer starts at 2000 ms and ends at 7000.");
        Assert.That(Scenarios.Explain(lazy, TaskMistakes.ForDogPig("🐶🐷!", "🐷🐶!", DogPigAwaited, "step 2")), Is.EqualTo(new[] { TaskMistakes.LazyExplanation("🐶🐷!", DogPigAwaited, "step 2") }),
            "The lazy version gets one explanation, this rung's: the pig's timer started only after the dog's finished.");

        static async Task<string> LazyC(EventLoop loop)
        {
            var dog = await DogPig.Delay(loop, "🐶", 2000);
            var pig = await DogPig.Delay(loop, "🐷", 5000);
            return dog + pig;
        }
    }

    [Test]
    public void A_delay_on_the_real_clock_fails_with_the_mistake_named_and_never_waits_for_it()
    {
        // The mistake: Task.Delay without loop.TimeProvider. Task.Delay(2000) does not compile in a kata (BannedSymbols.txt);
        // TimeProvider.System does, and its timer is not the loop's. The loop sees nothing left to run and stops.
        var outcome = KataRun.TryRun(
            async loop =>
            {
                loop.Log("main: start");
                await Task.Delay(TimeSpan.FromMilliseconds(2000), TimeProvider.System);
                loop.Log("🐶");
            },
            LoopOptions.Default with { ForeignWorkGrace = TimeSpan.FromMilliseconds(50) });

        Assert.That(TaskRun.Explain(outcome), Does.StartWith(TaskMistakes.RealClock).And.Contain("loop.TimeProvider").And.Contain("Stalled at t=0 ms"),
            "A program that waits on the real clock must fail as soon as the loop has nothing left, naming the clock, not wait out the real 2 seconds.");
    }
}

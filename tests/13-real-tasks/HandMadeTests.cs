using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>Step 6: a Task made by hand with TaskCompletionSource, resumed the way a JavaScript promise resumes. The gate is dog+pig.</summary>
public sealed class HandMadeTests() : KataFixture(Gate.DogPigSolved)
{
    [Test]
    public void Delay_completes_with_its_value_on_a_loop_timer()
    {
        var transcript = TaskRun.Run(async loop => loop.Log(await HandMade.Delay(loop, "🐶", 2000)));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(), Is.EqualTo(new[] { (2000L, "🐶") }),
            "HandMade.Delay(loop, \"🐶\", 2000) must complete with \"🐶\" at 2000 ms: loop.SetTimeout(() => source.SetResult(value), delayMs) (step 6).");
    }

    [Test]
    public void The_awaiting_method_resumes_in_a_microtask_after_the_timer_not_inside_SetResult()
    {
        string? resumedIn = null;
        TaskRun.Run(async loop =>
        {
            await HandMade.Delay(loop, "🐶", 100);
            resumedIn = loop.CurrentCallback;
        });

        Assert.That(resumedIn, Does.StartWith("a microtask"),
            $"{TaskMistakes.Inline} (in {resumedIn}), not in a microtask after the timer callback. " +
            "A JavaScript promise never runs its reactions inside resolve(). Create the source with " +
            "new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously); careful: TaskContinuationOptions " +
            "of the same name compiles too, as the source's state object, and changes nothing (step 6).");
    }

    [Test]
    public void Dog_pig_on_hand_made_Tasks_prints_at_5000_ms()
    {
        var transcript = TaskRun.Run(async loop =>
        {
            loop.Log("main: start");
            var c = DogBoom.C(loop, HandMade.Delay(loop, "🐶", 2000), HandMade.Delay(loop, "🐷", 5000));
            loop.Log("main: end");
            loop.Log(await c + "!");
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(),
            Is.EqualTo(new[] { (0L, "main: start"), (0L, "main: end"), (5000L, "finally"), (5000L, "🐶🐷!") }),
            "DogBoom.C over two hand-made Tasks: no 💥, so finally runs once at 5000 ms and c() returns 🐶🐷 (steps 5 and 6).");
    }
}

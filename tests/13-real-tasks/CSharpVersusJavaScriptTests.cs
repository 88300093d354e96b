using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>
/// Where Task on the loop orders things differently from JavaScript's promises, each pinned by a transcript
/// (README, "Where Task is not Promise"). The gate is dog+pig.
/// </summary>
public sealed class CSharpVersusJavaScriptTests() : KataFixture(Gate.DogPigSolved)
{
    [Test]
    public void An_await_on_a_completed_Task_runs_straight_on_so_C_finishes_before_main_goes_on()
    {
        // JavaScript suspends at every await, even on a settled promise (tests/node-corpus/programs/41-await-settled-promise.js;
        // kata 11's awaiter does the same). C#'s TaskAwaiter says IsCompleted, and the method runs on without a turn.
        var transcript = TaskRun.Run(loop =>
        {
            loop.Log("main: start");
            loop.QueueMicrotask(() => loop.Log("microtask: queued before c()"));
            var c = DogBoom.C(loop, Task.FromResult("🐶"), Task.FromResult("🐷"));
            loop.Log($"main: c() returned, {(c.IsCompleted ? "completed" : "pending")}");
            loop.Log("main: end");
            return c;
        });

        Assert.That(transcript.Lines.Select(line => line.Text).ToList(),
            Is.EqualTo(new[] { "main: start", "finally", "main: c() returned, completed", "main: end", "microtask: queued before c()" }),
            "C#: both Tasks are already complete, so neither await suspends: c() runs to its end, finally included, inside the " +
            "call, and returns a completed Task. In JavaScript c() would suspend at its first await and return a pending promise; " +
            "\"finally\" would come after \"main: end\" and after the microtask queued before it (step 5; README, \"Where Task is not Promise\").");
    }

    // A pin of .NET's own behavior, not of your code: it runs no kata method and stays green whatever you write (once the
    // gate opens). HandMadeTests hold your HandMade.Delay to the JavaScript order (step 6).
    [Test]
    public void Dotnet_itself_SetResult_runs_the_awaiting_method_inline_unless_the_source_runs_continuations_asynchronously()
    {
        var plain = TaskRun.Run(SetResultThenLog(() => new TaskCompletionSource<string>()));
        var asynchronous = TaskRun.Run(SetResultThenLog(() => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)));

        Assert.That(plain.Lines.Select(line => line.Text).ToList(), Is.EqualTo(new[] { "c: after await, 🐶", "timer: SetResult returned" }),
            "C#'s default: SetResult, on the loop's thread with the loop's context current, runs the awaiting method inline, " +
            "before SetResult returns.");
        Assert.That(asynchronous.Lines.Select(line => line.Text).ToList(), Is.EqualTo(new[] { "timer: SetResult returned", "c: after await, 🐶" }),
            "With RunContinuationsAsynchronously the continuation is posted to the loop's context, a microtask: SetResult returns " +
            "first, as JavaScript's resolve() does (tests/node-corpus/programs/42-await-pending-promise.js).");
    }

    [Test]
    public void A_Task_that_fails_before_anyone_awaits_it_is_not_reported_where_Node_reports_an_unhandled_rejection()
    {
        // tests/scenarios/unhandled-rejection.verified.txt is Node's transcript: "unhandled rejection: 💥" at 500 ms.
        var transcript = TaskRun.Run(async loop =>
        {
            loop.Log("main: start");
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
            var c = DogBoom.C(loop, promise1, promise2);
            loop.Log("main: end");
            loop.Log($"c: finished with {await c ?? "no value"}");
        });

        // What c() logs in its catch is step 5's business, not this difference's: checked first, with step 5's explanation.
        var caught = transcript.Lines.Select(line => line.Text).FirstOrDefault(text => text.StartsWith("catch ", StringComparison.Ordinal));
        Assert.That(caught, Is.EqualTo(TaskMistakes.CaughtLine), TaskMistakes.CatchLogged(caught));
        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(),
            Is.EqualTo(new[] { (0L, "main: start"), (0L, "main: end"), (2000L, TaskMistakes.CaughtLine), (2000L, "finally"), (2000L, "c: finished with no value") }),
            "A faulted Task that nobody has awaited yet is silent: .NET has no unhandled-rejection report at the end of a turn " +
            "(TaskScheduler.UnobservedTaskException fires only when the garbage collector finalizes a Task that was never " +
            "observed). c() catches 💥 at 2000 ms, when it awaits promise2 (step 5).");
    }

    // Resumes an awaiting method with SetResult inside a timer, and logs when SetResult has returned.
    private static Func<EventLoop, Task?> SetResultThenLog(Func<TaskCompletionSource<string>> create) => loop =>
    {
        var source = create();
        loop.SetTimeout(() => { source.SetResult("🐶"); loop.Log("timer: SetResult returned"); }, 100);
        return Awaiting(loop, source.Task);
    };

    private static async Task Awaiting(EventLoop loop, Task<string> task) => loop.Log($"c: after await, {await task}");
}

using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.CustomAwaiter.Tests;

/// <summary>What one await on your promise costs, where it resumes, and how it differs from C#'s own awaiters.</summary>
public sealed class AwaitTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void An_await_on_a_settled_promise_still_suspends_and_resumes_exactly_one_microtask_turn_later()
    {
        var transcript = AwaitRun.Run(AwaitOrder.Program(async loop =>
        {
            loop.Log("c: before await");
            var dog = await Promise.Resolve(loop, "🐶");
            loop.Log($"c: after await, {dog}");
        }));

        Assert.That(transcript.Lines.Select(line => line.Text).ToList(), Is.EqualTo(AwaitOrder.Node),
            AwaiterMistakes.Named(transcript, AwaiterMistakes.ForOrder()) +
            "Node prints this order (tests/node-corpus/programs/41-await-settled-promise.js): await suspends c() even on a settled " +
            "promise, main ends, and c() resumes one microtask turn later, between the chain's \"then 1\" and \"then 2\".");
    }

    [Test]
    public void CSharps_own_await_on_a_completed_Task_runs_straight_on_where_yours_suspends_as_Node_does()
    {
        // C#'s alternative: TaskAwaiter says IsCompleted, and the compiler's MoveNext goes on without suspending.
        var csharp = AwaitRun.Run(AwaitOrder.Program(async loop =>
        {
            loop.Log("c: before await");
            var dog = await Task.FromResult("🐶");
            loop.Log($"c: after await, {dog}");
        }));
        var yours = AwaitRun.Run(AwaitOrder.Program(async loop =>
        {
            loop.Log("c: before await");
            var dog = await Promise.Resolve(loop, "🐶");
            loop.Log($"c: after await, {dog}");
        }));

        Assert.That(csharp.Lines.Select(line => line.Text).ToList(),
            Is.EqualTo(new[] { "main: start", "c: before await", AwaitOrder.After, "main: end", "then 1", "then 2", "then 3" }),
            "C#: a completed Task's awaiter says IsCompleted, so c() runs straight on and finishes before main goes on.");
        Assert.That(Scenarios.Explain(csharp, AwaiterMistakes.ForOrder()), Has.Some.StartsWith(AwaiterMistakes.Inline),
            "The kit names C#'s order as the inline mistake when it comes from your awaiter.");
        Assert.That(yours.Lines.Select(line => line.Text).ToList(), Is.EqualTo(AwaitOrder.Node),
            AwaiterMistakes.Named(yours, AwaiterMistakes.ForOrder()) +
            "Yours: JavaScript's order, c() suspends, main ends first, c() resumes one turn later (README, \"C#'s await is not Node's\").");
    }

    [Test]
    public void An_await_on_a_pending_promise_resumes_in_a_microtask_after_the_callback_that_resolved_it()
    {
        string? resumedIn = null;
        var transcript = AwaitRun.Run(loop =>
        {
            Action<string> resolve = null!;
            var promise = new Promise<string>(loop, (fulfil, _) => resolve = fulfil);
            loop.SetTimeout(() => { resolve("🐶"); loop.Log("timer: resolve returned"); }, 100);
            return Awaiting(loop, promise);
        });

        async Task Awaiting(EventLoop loop, Promise<string> promise)
        {
            var dog = await promise;
            resumedIn = loop.CurrentCallback;
            loop.Log($"c: after await, {dog}");
        }

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)).ToList(), Is.EqualTo(new[] { (100L, "timer: resolve returned"), (100L, "c: after await, 🐶") }),
            $"{(transcript.Lines.FirstOrDefault().Text == "c: after await, 🐶" ? AwaiterMistakes.Inline + ": " : string.Empty)}" +
            "c() must resume after the callback that resolved the promise has finished, never inside resolve: the continuation is a " +
            "reaction of the promise, and reactions are microtasks (step 3).");
        Assert.That(resumedIn, Does.StartWith("a microtask"),
            "c() must resume in a microtask of the loop (the promise's reaction), not in a timer or anywhere else (step 3).");
    }

    [Test]
    public void The_method_resumes_on_the_loops_thread()
    {
        var named = ContinuesOffLoop(async (loop, record) =>
        {
            await Promise.Resolve(loop, "🐶");
            record();
        });

        Assert.That(named, Is.Null, named);
    }

    [Test]
    public void An_awaiter_that_continues_on_another_thread_is_named()
    {
        var named = ContinuesOffLoop(async (_, record) =>
        {
            await new PoolAwaitable();
            record();
        });

        Assert.That(named, Does.StartWith(AwaiterMistakes.OtherThread));
    }

    // Runs an async method that awaits once and calls `record` right after: on which thread did it go on?
    private static string? ContinuesOffLoop(Func<EventLoop, Action, Task> awaitOnce)
    {
        var loopThread = 0;
        var resumedOn = 0;
        var outcome = KataRun.TryRun(loop =>
        {
            loopThread = Environment.CurrentManagedThreadId;
            return awaitOnce(loop, () => Volatile.Write(ref resumedOn, Environment.CurrentManagedThreadId));
        });
        if (outcome.Blocked)
        {
            return KataRun.Explain(outcome);
        }

        return Volatile.Read(ref resumedOn) switch
        {
            0 => "c() never resumed after its await: OnCompleted must subscribe the continuation to the promise (step 3).",
            var thread when thread != loopThread =>
                $"{AwaiterMistakes.OtherThread}: c() went on after its await on thread {thread}, not on the loop's ({loopThread}). " +
                "Everything in a kata runs on the loop, and so must the rest of c(): no Task.Run, ThreadPool or ConfigureAwait(false) in " +
                "the awaiter; the promise's reaction already runs as a microtask on the loop (step 3).",
            _ => null,
        };
    }
}

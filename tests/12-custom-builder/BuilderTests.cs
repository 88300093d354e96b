using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Testing;

namespace Katas.CustomBuilder.Tests;

/// <summary>What the builder must do beyond dog+pig: one promise, a method that never suspends, the other awaiter kind.</summary>
public sealed class BuilderTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Task_is_the_same_promise_at_every_read()
    {
        Promise<string>? first = null;
        Promise<string>? second = null;
        KataRun.Run(_ =>
        {
            var builder = PromiseMethodBuilder<string>.Create();
            first = builder.Task;
            second = builder.Task;
        });

        Assert.That(second, Is.SameAs(first),
            $"{BuilderMistakes.NewPromiseAtEveryRead}: the caller's promise and the one SetResult settles must be one promise. " +
            "Create it once, in Create (or the builder's constructor), keep its resolver, and let Task return it (step 1).");
    }

    [Test]
    public void A_method_that_returns_before_its_first_await_fulfils_its_promise_before_the_caller_reads_it()
    {
        var outcome = KataRun.TryRun(loop =>
        {
            Promise.Resolve(loop, 0).Then(_ => loop.Log("turn 1")).Then(_ => loop.Log("turn 2"));
            Early(true, DogPig.Delay(loop, "🐷", 100)).Then(value => loop.Log("c's promise: " + value));
            return null;
        });
        if (KataRun.Explain(outcome) is { } failure)
        {
            Assert.Fail(
                "A method that returns at once gets SetResult inside Start, before the compiler reads Task: the promise must exist " +
                $"from Create on, and SetResult must settle that one ({BuilderMistakes.NewPromiseAtEveryRead}?) (steps 1 and 4).\n{failure}");
        }

        Assert.That(outcome.Transcript!.Lines.Select(line => line.Text).ToList(), Is.EqualTo(new[] { "turn 1", "c's promise: 🐶", "turn 2" }),
            "`return v` before any await fulfils the method's promise inside the call, as in JavaScript (tests/node-corpus/programs/45-return-await.js): " +
            "a Then on it runs one turn later. If \"c's promise\" is missing, SetResult settled another promise than the one Task gave (step 4).");
    }

    [Test]
    public void An_awaiter_with_UnsafeOnCompleted_goes_through_AwaitUnsafeOnCompleted_and_resumes_on_the_loop()
    {
        var calls = new List<string>();
        var transcript = KataRun.Run(loop =>
        {
            BuilderTrace.Listener = calls.Add;
            Yielding(loop).Then(value => loop.Log("c's promise: " + value));
        });

        Assert.That(calls, Does.Contain("AwaitUnsafeOnCompleted"),
            "Task.Yield()'s awaiter is an ICriticalNotifyCompletion: for it the compiler calls AwaitUnsafeOnCompleted (step 3).");
        Assert.That(transcript.Lines.Select(line => line.Text).ToList(), Is.EqualTo(new[] { "c: after the yield", "c's promise: 🐷" }),
            $"{BuilderMistakes.NotSubscribed}: AwaitUnsafeOnCompleted must hand the machine's MoveNext to awaiter.UnsafeOnCompleted, " +
            "and the method's promise must be fulfilled when it returns (steps 3 and 4).");
    }

    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    private static async Promise<string> Early(bool early, Promise<string> later)
    {
        if (early)
        {
            return "🐶";
        }

        return await later;
    }

    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    private static async Promise<string> Yielding(ContinuationKatas.Runtime.EventLoop loop)
    {
        await Task.Yield(); // posts to the loop's SynchronizationContext: a microtask
        loop.Log("c: after the yield");
        return "🐷";
    }
}

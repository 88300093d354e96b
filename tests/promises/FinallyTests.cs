using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

public sealed class FinallyTests
{
    [Test]
    public void Finally_Action_PassesTheValueOnWithNodesTurns()
    {
        // Node (tests/node-corpus/09-finally-pass-through): the next Then runs four turns after the promise settles.
        var texts = Run.Texts(loop =>
        {
            Promise.Resolve(loop, "🐶").Finally(() => loop.Log("finally")).Then(value => loop.Log("value: " + value));
            Run.Ticks(loop, 4);
        });

        Assert.That(texts, Is.EqualTo(new[] { "finally", "t1", "t2", "t3", "value: 🐶", "t4" }));
    }

    [Test]
    public void Finally_ActionOnARejection_PassesTheReasonOn()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Reject<string>(loop, new InvalidOperationException("💥")).Finally(() => loop.Log("finally"))));

        Assert.That(texts, Is.EqualTo(new[] { "finally", "rejected: 💥" }));
    }

    [Test]
    public void Finally_ActionThrows_ReplacesTheOutcome()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Finally(() => throw new InvalidOperationException("🔥"))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 🔥" }));
    }

    [Test]
    public void Finally_ReturnsAPendingPromise_WaitsForItAndKeepsTheValue()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Finally(() => Run.Later(loop, "ignored", 300))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(300, "fulfilled: 🐶") }));
    }

    [Test]
    public void Finally_ReturnsAPromiseThatRejects_ReplacesTheValueWithItsReason()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Finally(() => Run.Failure(loop, "💥", 100))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "rejected: 💥") }));
    }

    [Test]
    public void Finally_ReturnsAPromiseThatFulfilsAfterARejection_KeepsTheReason()
    {
        var lines = Run.Lines(loop =>
            Run.Show(loop, Promise.Reject<string>(loop, new InvalidOperationException("💢")).Finally(() => Run.Later(loop, 0, 200))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(200, "rejected: 💢") }));
    }

    [Test]
    public void Finally_ReturnsAPromiseThatRejectsAfterARejection_ReplacesTheReason()
    {
        var texts = Run.Texts(loop =>
            Run.Show(loop, Promise.Reject<string>(loop, new InvalidOperationException("💢")).Finally(() => Run.Failure(loop, "💥", 100))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Finally_ReturnsAFulfilledPromise_TakesTheTurnsOfAFinallyThatReturnsNothing()
    {
        // Node (tests/node-corpus/17-finally-waits): both land between t3 and t4.
        var texts = Run.Texts(loop =>
        {
            Promise.Resolve(loop, "🐷").Finally(() => { }).Then(_ => loop.Log("after nothing"));
            Promise.Resolve(loop, "🐷").Finally(() => Promise.Resolve(loop, "ignored")).Then(_ => loop.Log("after a fulfilled promise"));
            Run.Ticks(loop, 4);
        });

        Assert.That(texts, Is.EqualTo(new[] { "t1", "t2", "t3", "after nothing", "after a fulfilled promise", "t4" }));
    }

    [Test]
    public void Finally_ReturnsAPendingPromise_SettlesTwoTurnsAfterIt()
    {
        var texts = Run.Texts(loop =>
        {
            var gate = new Promise<string>(loop, (resolve, _) => loop.SetTimeout(() =>
            {
                resolve("open");
                Run.Ticks(loop, 3);
            }, 100));
            Promise.Resolve(loop, "🐶").Finally(() => gate).Then(_ => loop.Log("after the gate"));
        });

        Assert.That(texts, Is.EqualTo(new[] { "t1", "t2", "after the gate", "t3" }));
    }

    [Test]
    public void Finally_ReturnsAForeignThenable_WaitsForIt()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Finally(() =>
            new ScriptedThenable<int>((onFulfilled, _) => loop.SetTimeout(() => onFulfilled(1), 50)))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(50, "fulfilled: 🐶") }));
    }

    [Test]
    public void Finally_ReturnsNull_PassesTheOutcomeOn()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Finally<int>(() => null!)));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐶" }), "Like JavaScript's finally(() => null): null is a value, not a promise.");
    }

    [Test]
    public void Finally_CallbackReturningAPromise_IsCalledOnceEitherWay()
    {
        var calls = 0;
        EventLoop.Run(loop =>
        {
            Promise.Resolve(loop, "🐶").Finally(() => Promise.Resolve(loop, ++calls));
            Promise.Reject<string>(loop, new InvalidOperationException("💥")).Finally(() => Promise.Resolve(loop, ++calls)).Catch(_ => "");
        });

        Assert.That(calls, Is.EqualTo(2));
    }
}

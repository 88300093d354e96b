namespace ContinuationKatas.Promises.Tests;

public sealed class ThenTests
{
    [Test]
    public void Then_OnAFulfilledPromise_RunsAfterTheCurrentCodeNotInsideIt()
    {
        var texts = Run.Texts(loop =>
        {
            Promise.Resolve(loop, "🐶").Then(value => loop.Log("callback: " + value));
            loop.Log("after Then");
        });

        Assert.That(texts, Is.EqualTo(new[] { "after Then", "callback: 🐶" }));
    }

    [Test]
    public void Then_AChainOfSteps_TakesOneTurnPerStep()
    {
        var texts = Run.Texts(loop =>
        {
            Promise.Resolve(loop, 1).Then(n => n + 1).Then(n => n + 1).Then(n => loop.Log($"step 3: {n}"));
            Run.Ticks(loop, 3);
        });

        Assert.That(texts, Is.EqualTo(new[] { "t1", "t2", "step 3: 3", "t3" }));
    }

    [Test]
    public void Then_CallbackReturnsAFulfilledPromise_SettlesTwoTurnsLaterThanWithAValue()
    {
        // Node (tests/node-corpus/08-adoption): a2 runs between b3 and b4 of a counting chain.
        var texts = Run.Texts(loop =>
        {
            Promise.Resolve(loop, "🐶")
                .Then(_ =>
                {
                    loop.Log("a1");
                    return Promise.Resolve(loop, "x");
                })
                .Then(value => loop.Log("a2: " + value));
            Run.Ticks(loop, 4);
        });

        Assert.That(texts, Is.EqualTo(new[] { "a1", "t1", "t2", "t3", "a2: x", "t4" }));
    }

    [Test]
    public void Then_CallbackReturnsAPendingPromise_WaitsForIt()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Then(_ => Run.Later(loop, "🐷", 300))));

        Assert.That(lines, Is.EqualTo(new[] { new Runtime.TranscriptLine(300, "fulfilled: 🐷") }));
    }

    [Test]
    public void Then_CallbackReturnsAThenableThatCallsBackTwice_TakesItsFirstCall()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Then<string>(_ => new ScriptedThenable<string>((onFulfilled, _) =>
        {
            onFulfilled("first");
            onFulfilled("second");
        }))));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: first" }));
    }

    [Test]
    public void Then_CallbackReturnsNull_RejectsWithInvalidOperationException()
    {
        Exception? reason = null;
        Runtime.EventLoop.Run(loop => Promise.Resolve(loop, "🐶").Then<string>(_ => (Promise<string>)null!).Then(_ => { }, error => reason = error));

        Assert.That(reason, Is.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public void Then_CallbackThrows_RejectsTheNewPromise()
    {
        Func<string, string> step = _ => throw new InvalidOperationException("💥");
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Then(step)));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Then_WithoutOnRejected_PassesTheReasonOnUnchanged()
    {
        var texts = Run.Texts(loop =>
            Run.Show(loop, Promise.Reject<string>(loop, new InvalidOperationException("💥")).Then(value => value + "!").Then(value => value.Length)));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Then_OnRejectedReturnsAValue_FulfilsTheNewPromise()
    {
        var texts = Run.Texts(loop =>
            Run.Show(loop, Promise.Reject<string>(loop, new InvalidOperationException("💥")).Then(value => value, reason => "caught " + reason.Message)));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: caught 💥" }));
    }

    [Test]
    public void Then_ActionCallback_FulfilsWithNull()
    {
        var texts = Run.Texts(loop =>
            Promise.Resolve(loop, "🐶").Then(_ => { }).Then(value => loop.Log($"null: {value is null}")));

        Assert.That(texts, Is.EqualTo(new[] { "null: True" }));
    }

    [Test]
    public void Catch_OnAFulfilledPromise_PassesTheValueOn()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Resolve(loop, "🐶").Catch(_ => "not called")));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐶" }));
    }

    [Test]
    public void Catch_OnARejection_FulfilsWithWhatItReturns()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Reject<string>(loop, new InvalidOperationException("💥")).Catch(reason => "caught " + reason.Message)));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: caught 💥" }));
    }
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

public sealed class UnhandledRejectionTests
{
    [Test]
    public void Reject_WithoutAReaction_IsReportedAfterTheMicrotasksBeforeTheNextTimer()
    {
        var lines = Run.Lines(loop =>
        {
            Run.Failure(loop, "💥", 500);
            loop.SetTimeout(() => loop.Log("timer due at the same time"), 500);
        });

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(500, "unhandled rejection: 💥"), new TranscriptLine(500, "timer due at the same time") }));
    }

    [Test]
    public void Reject_HandledSeveralMicrotasksLater_IsNotReported()
    {
        var texts = Run.Texts(loop =>
        {
            var promise = Promise.Reject<string>(loop, new InvalidOperationException("💥"));
            loop.QueueMicrotask(() => loop.QueueMicrotask(() => promise.Catch(_ => "handled")));
        });

        Assert.That(texts, Is.Empty);
    }

    [Test]
    public void Then_AddedAfterTheReport_LogsRejectionHandled()
    {
        var lines = Run.Lines(loop =>
        {
            var promise = Run.Failure(loop, "💥", 500);
            loop.SetTimeout(() => promise.Then(_ => { }, reason => loop.Log("caught " + reason.Message)), 2000);
        });

        Assert.That(lines, Is.EqualTo(new[]
        {
            new TranscriptLine(500, "unhandled rejection: 💥"),
            new TranscriptLine(2000, "caught 💥"),
            new TranscriptLine(2000, "rejection handled: 💥"),
        }));
    }

    [Test]
    public void Then_WithoutOnRejected_ReportsOnlyTheLastPromiseOfTheChain()
    {
        var texts = Run.Texts(loop => Promise.Reject<string>(loop, new InvalidOperationException("💥")).Then(value => value + "!").Then(value => value.Length));

        Assert.That(texts, Is.EqualTo(new[] { "unhandled rejection: 💥" }));
    }

    [Test]
    public void Finally_ReturnedPromiseRejects_IsReportedOnceForTheFinallyPromise()
    {
        var lines = Run.Lines(loop => Promise.Resolve(loop, "🐶").Finally(() => Run.Failure(loop, "💥", 100)));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "unhandled rejection: 💥") }));
    }

    [Test]
    public void Finally_ReasonPassedOnAndHandled_IsNotReported()
    {
        var texts = Run.Texts(loop => Promise.Reject<string>(loop, new InvalidOperationException("💥")).Finally(() => { }).Catch(_ => "handled"));

        Assert.That(texts, Is.Empty);
    }

    [Test]
    public void All_SecondRejectionAfterTheFirst_IsNotReported()
    {
        var texts = Run.Texts(loop =>
            Promise.All(loop, Run.Failure(loop, "💥", 100), Run.Failure(loop, "💢", 200)).Then(_ => { }, reason => loop.Log("all: " + reason.Message)));

        Assert.That(texts, Is.EqualTo(new[] { "all: 💥" }), "Every input has the combinator's reaction: a later rejection is handled, as in Node.");
    }

    [Test]
    public void Race_RejectedWithoutAReaction_IsReported()
    {
        var texts = Run.Texts(loop => Promise.Race(loop, Run.Failure(loop, "💥", 100)));

        Assert.That(texts, Is.EqualTo(new[] { "unhandled rejection: 💥" }));
    }
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

public sealed class CombinatorTests
{
    [Test]
    public void All_EveryInputFulfils_FulfilsWithTheValuesInArgumentOrderOnceTheLastArrives()
    {
        var lines = Run.Lines(loop =>
            Promise.All(loop, Run.Later(loop, "🐶", 300), Run.Later(loop, "🐷", 100)).Then(values => loop.Log(string.Join(" ", values))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(300, "🐶 🐷") }));
    }

    [Test]
    public void All_OneInputRejects_RejectsAtOnceWithItsReason()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.All(loop, Run.Later(loop, "🐶", 300), Run.Failure(loop, "💥", 100))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "rejected: 💥") }));
    }

    [Test]
    public void All_NoInputs_IsFulfilledAtOnceWithAnEmptyArray()
    {
        Run.Texts(loop => Assert.That(Promise.All<string>(loop).State, Is.EqualTo(PromiseState.Fulfilled)));
    }

    [Test]
    public void All_NullInput_ThrowsArgumentExceptionNamingIt()
    {
        Run.Texts(loop => Assert.That(
            () => Promise.All(loop, Promise.Resolve(loop, "🐶"), null!),
            Throws.ArgumentException.With.Message.Contains("promises[1] is null")));
    }

    [Test]
    public void All_PromiseOfAnotherTypeAsIThenable_CostsNoExtraTurn()
    {
        // A Promise<string> seen as an IThenable<object> is still one of ours: the combinator uses it as it is.
        var texts = Run.Texts(loop =>
        {
            Promise.All<object>(loop, Promise.Resolve(loop, "🐶")).Then(values => loop.Log("all: " + values[0]));
            Run.Ticks(loop, 2);
        });

        Assert.That(texts, Is.EqualTo(new[] { "t1", "all: 🐶", "t2" }));
    }

    [Test]
    public void Race_FirstToSettle_Wins()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.Race(loop, Run.Later(loop, "🐶", 300), Run.Failure(loop, "💥", 100))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "rejected: 💥") }));
    }

    [Test]
    public void Race_NoInputs_StaysPending()
    {
        Run.Texts(loop => Assert.That(Promise.Race<string>(loop).State, Is.EqualTo(PromiseState.Pending)));
    }

    [Test]
    public void Any_FirstValue_WinsOverEarlierRejections()
    {
        var lines = Run.Lines(loop =>
            Run.Show(loop, Promise.Any(loop, Run.Failure(loop, "💥", 100), Run.Later(loop, "🐷", 200), Run.Later(loop, "🐶", 300))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(200, "fulfilled: 🐷") }));
    }

    [Test]
    public void Any_EveryInputRejects_RejectsWithEveryReasonInArgumentOrder()
    {
        Exception? reason = null;
        EventLoop.Run(loop => Promise.Any(loop, Run.Failure(loop, "💥", 100), Run.Failure(loop, "💢", 50)).Then(_ => { }, error => reason = error));

        Assert.That(reason, Is.InstanceOf<AggregateException>());
        Assert.That(((AggregateException)reason!).InnerExceptions.Select(inner => inner.Message), Is.EqualTo(new[] { "💥", "💢" }));
    }

    [Test]
    public void Any_NoInputs_IsRejectedAtOnce()
    {
        Run.Texts(loop =>
        {
            var promise = Promise.Any<string>(loop);
            Assert.That(promise.State, Is.EqualTo(PromiseState.Rejected));
            promise.Catch(_ => "handled");
        });
    }

    [Test]
    public void AllSettled_MixedOutcomes_ReportsEachInArgumentOrderOnceAllHaveSettled()
    {
        var lines = Run.Lines(loop => Promise.AllSettled(loop, Run.Later(loop, "🐶", 300), Run.Failure(loop, "💥", 100))
            .Then(results => loop.Log(string.Join(" | ", results.Select(result => result.ToString())))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(300, "fulfilled: 🐶 | rejected: 💥") }));
    }

    [Test]
    public void AllSettled_NoInputs_IsFulfilledAtOnce()
    {
        Run.Texts(loop => Assert.That(Promise.AllSettled<string>(loop).State, Is.EqualTo(PromiseState.Fulfilled)));
    }
}

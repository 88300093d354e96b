using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

/// <summary>
/// Thenables that call back more than once, given to the combinators. JavaScript passes every input through
/// Promise.resolve, so only a thenable's first call counts (tests/node-corpus/18-combinators-misbehaving-thenable).
/// </summary>
public sealed class MisbehavingThenableTests
{
    [Test]
    public void All_ThenableFulfilsTwice_TakesOnlyItsFirstValue()
    {
        var lines = Run.Lines(loop => Run.Show(loop, Promise.All(loop, FulfilsTwice("a"), Run.Later(loop, "🐷", 100)).Then(values => string.Join(" ", values))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "fulfilled: a 1 🐷") }), "A second call must not fill the slot again or count as another input.");
    }

    [Test]
    public void AllSettled_ThenableFulfilsThenRejects_TakesOnlyTheFirst()
    {
        var lines = Run.Lines(loop => Promise.AllSettled(loop, FulfilsTwice("b"), Run.Failure(loop, "💢", 100))
            .Then(results => loop.Log(string.Join(" | ", results.Select(result => result.ToString())))));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "fulfilled: b 1 | rejected: 💢") }));
    }

    [Test]
    public void Any_ThenableRejectsTwice_CountsOneRejection()
    {
        Exception? reason = null;
        var lines = Run.Lines(loop => Promise.Any(loop, RejectsTwice("c"), Run.Failure(loop, "💢", 100)).Then(_ => loop.Log("fulfilled"), error =>
        {
            reason = error;
            loop.Log("rejected");
        }));

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(100, "rejected") }), "A second rejection must not count as the second input's.");
        Assert.That(((AggregateException)reason!).InnerExceptions.Select(inner => inner.Message), Is.EqualTo(new[] { "c 💥 1", "💢" }));
    }

    [Test]
    public void Race_ThenableRejectsThenFulfils_SettlesWithItsFirstCall()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.Race(loop, RejectsTwice("d"), Run.Later(loop, "🐶", 100))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: d 💥 1" }));
    }

    [Test]
    public void All_ForeignThenable_IsAskedInAMicrotaskOfItsOwnAsInNode()
    {
        var texts = Run.Texts(loop =>
        {
            var thenable = new ScriptedThenable<string>((onFulfilled, _) =>
            {
                loop.Log("then called");
                onFulfilled("🐷");
            });
            Promise.All(loop, thenable).Then(values => loop.Log("all: " + values[0]));
            loop.Log("main: end");
            Run.Ticks(loop, 3);
        });

        Assert.That(texts, Is.EqualTo(new[] { "main: end", "then called", "t1", "t2", "all: 🐷", "t3" }));
    }

    [Test]
    public void All_ThenableThrowsFromThen_RejectsWithTheException()
    {
        var texts = Run.Texts(loop => Run.Show(loop, Promise.All(loop, new ScriptedThenable<string>((_, _) => throw new InvalidOperationException("💥")))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    private static ScriptedThenable<string> FulfilsTwice(string name) => new((onFulfilled, onRejected) =>
    {
        onFulfilled(name + " 1");
        onFulfilled(name + " 2");
        onRejected(new InvalidOperationException(name + " 💥"));
    });

    private static ScriptedThenable<string> RejectsTwice(string name) => new((onFulfilled, onRejected) =>
    {
        onRejected(new InvalidOperationException(name + " 💥 1"));
        onRejected(new InvalidOperationException(name + " 💥 2"));
        onFulfilled(name + " value");
    });
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

public sealed class PromiseQueryTests
{
    [Test]
    public void Select_OnAPromise_MapsItsValue()
    {
        var texts = Run.Texts(loop => Run.Show(loop, from dog in Promise.Resolve(loop, "🐶") select dog + "!"));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐶!" }));
    }

    [Test]
    public void SelectMany_TwoPromises_CombinesThemOnceBothAreThere()
    {
        var lines = Run.Lines(loop =>
        {
            var promise1 = Run.Later(loop, "🐶", 2000);
            var promise2 = Run.Later(loop, "🐷", 5000);
            Run.Show(loop, from dog in promise1 from pig in promise2 select dog + pig);
        });

        Assert.That(lines, Is.EqualTo(new[] { new TranscriptLine(5000, "fulfilled: 🐶🐷") }));
    }

    [Test]
    public void SelectMany_FirstRejects_SkipsTheRestAndPassesTheReasonOn()
    {
        var asked = false;
        var texts = Run.Texts(loop => Run.Show(loop,
            from dog in Promise.Reject<string>(loop, new InvalidOperationException("💥"))
            from pig in Ask(loop, () => asked = true)
            select dog + pig));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
        Assert.That(asked, Is.False, "The second promise is asked for only once the first value is there.");
    }

    private static Promise<string> Ask(EventLoop loop, Action asked)
    {
        asked();
        return Promise.Resolve(loop, "🐷");
    }
}

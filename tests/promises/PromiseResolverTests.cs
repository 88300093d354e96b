namespace ContinuationKatas.Promises.Tests;

public sealed class PromiseResolverTests
{
    [Test]
    public void Resolve_WithAFulfilledPromise_SettlesTwoTurnsLaterThanWithAValue()
    {
        // Node (tests/node-corpus/15-promise-resolve-identity): a Then on the adopting promise runs in the third
        // turn, where a Then on a promise resolved with a value runs in the first.
        var texts = Run.Texts(loop =>
        {
            var fulfilled = Promise.Resolve(loop, "🐶");
            var byValue = new Promise<string>(loop, resolver => resolver.Resolve("🐶"));
            var adopted = new Promise<string>(loop, resolver => resolver.Resolve(fulfilled));
            adopted.Then(_ => loop.Log("adopted"));
            byValue.Then(_ => loop.Log("by value"));
            Run.Ticks(loop, 3);
        });

        Assert.That(texts, Is.EqualTo(new[] { "by value", "t1", "t2", "adopted", "t3" }));
    }

    [Test]
    public void Resolve_WithAPendingPromise_WaitsForIt()
    {
        var lines = Run.Lines(loop => Run.Show(loop, new Promise<string>(loop, resolver => resolver.Resolve(Run.Later(loop, "🐷", 300)))));

        Assert.That(lines, Is.EqualTo(new[] { new Runtime.TranscriptLine(300, "fulfilled: 🐷") }));
    }

    [Test]
    public void Resolve_WithARejectedPromise_RejectsWithItsReason()
    {
        var texts = Run.Texts(loop =>
            Run.Show(loop, new Promise<string>(loop, resolver => resolver.Resolve(Promise.Reject<string>(loop, new InvalidOperationException("💥"))))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }), "Adopting a rejection handles it: no unhandled-rejection report either.");
    }

    [Test]
    public void Resolve_CalledAgainAfterAdopting_IsIgnoredWhileThePromiseWaits()
    {
        var lines = Run.Lines(loop => Run.Show(loop, new Promise<string>(loop, resolver =>
        {
            resolver.Resolve(Run.Later(loop, "🐷", 300));
            resolver.Reject(new InvalidOperationException("too late"));
            resolver.Resolve("too late");
            resolver.Resolve(Promise.Resolve(loop, "too late"));
        })));

        Assert.That(lines, Is.EqualTo(new[] { new Runtime.TranscriptLine(300, "fulfilled: 🐷") }));
    }

    [Test]
    public void Resolve_FromATimerWithAPromise_AdoptsItThen()
    {
        var lines = Run.Lines(loop =>
            Run.Show(loop, new Promise<string>(loop, resolver => loop.SetTimeout(() => resolver.Resolve(Run.Later(loop, "🐶", 100)), 100))));

        Assert.That(lines, Is.EqualTo(new[] { new Runtime.TranscriptLine(200, "fulfilled: 🐶") }));
    }

    [Test]
    public void Resolve_WithThePromiseItself_RejectsWithAChainingCycle()
    {
        Exception? reason = null;
        Runtime.EventLoop.Run(loop =>
        {
            Promise<string>? self = null;
            self = new Promise<string>(loop, resolver => loop.SetTimeout(() => resolver.Resolve(self!), 10));
            self.Then(_ => { }, error => reason = error);
        });

        Assert.That(reason, Is.InstanceOf<InvalidOperationException>().With.Message.StartsWith("Chaining cycle"));
    }

    [Test]
    public void Resolve_WithAForeignThenable_CallsItsThenInAMicrotaskOfItsOwn()
    {
        var texts = Run.Texts(loop =>
        {
            var thenable = new ScriptedThenable<string>((onFulfilled, _) =>
            {
                loop.Log("then called");
                onFulfilled("🐷");
            });
            Run.Show(loop, new Promise<string>(loop, resolver => resolver.Resolve(thenable)));
            loop.Log("main: end");
        });

        Assert.That(texts, Is.EqualTo(new[] { "main: end", "then called", "fulfilled: 🐷" }));
    }

    [Test]
    public void Resolve_WithAThenableThatCallsBackTwice_TakesItsFirstCall()
    {
        var texts = Run.Texts(loop => Run.Show(loop, new Promise<string>(loop, resolver => resolver.Resolve(new ScriptedThenable<string>((onFulfilled, onRejected) =>
        {
            onRejected(new InvalidOperationException("💥"));
            onFulfilled("🐷");
            onRejected(new InvalidOperationException("💢"));
        })))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Resolve_WithNullThenable_ThrowsAndLeavesThePromiseUnresolved()
    {
        var texts = Run.Texts(loop =>
        {
            PromiseResolver<string>? kept = null;
            var promise = new Promise<string>(loop, resolver => kept = resolver);

            Assert.That(() => kept!.Resolve((IThenable<string>)null!), Throws.ArgumentNullException);
            kept!.Resolve("🐶");
            Run.Show(loop, promise);
        });

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐶" }));
    }

    [Test]
    public void Reject_WithNull_ThrowsAndLeavesThePromiseUnresolved()
    {
        var texts = Run.Texts(loop =>
        {
            PromiseResolver<string>? kept = null;
            var promise = new Promise<string>(loop, resolver => kept = resolver);

            Assert.That(() => kept!.Reject(null!), Throws.ArgumentNullException);
            kept!.Reject(new InvalidOperationException("💥"));
            Run.Show(loop, promise);
        });

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Resolve_WithAValueThatIsAThenable_AdoptsIt()
    {
        // T = object: the value overload is picked at compile time, the thenable is found at run time, as in JavaScript.
        var texts = Run.Texts(loop =>
        {
            object value = Run.Later<object>(loop, "🐷", 100);
            Run.Show(loop, new Promise<object>(loop, resolver => resolver.Resolve(value)));
        });

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐷" }));
    }
}

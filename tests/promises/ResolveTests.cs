using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

public sealed class ResolveTests
{
    [Test]
    public void Resolve_GivenAPromise_ReturnsThatPromise()
    {
        Run.Texts(loop =>
        {
            var promise = Run.Later(loop, "🐶", 100);

            Assert.That(Promise.Resolve(loop, promise), Is.SameAs(promise));
            Assert.That(Promise.Resolve<string>(loop, promise), Is.SameAs(promise));
            Assert.That(Promise.Resolve(loop, (IThenable<string>)promise), Is.SameAs(promise));
        });
    }

    [Test]
    public void Resolve_GivenAFulfilledPromise_CostsNoExtraTurn()
    {
        var texts = Run.Texts(loop =>
        {
            Promise.Resolve(loop, Promise.Resolve(loop, "🐶")).Then(value => loop.Log(value));
            Run.Ticks(loop, 2);
        });

        Assert.That(texts, Is.EqualTo(new[] { "🐶", "t1", "t2" }));
    }

    [Test]
    public void Resolve_GivenAPromiseOfAnotherLoop_ThrowsArgumentException()
    {
        Promise<string>? elsewhere = null;
        EventLoop.Run(loop => elsewhere = Promise.Resolve(loop, "🐶"));

        Run.Texts(loop => Assert.That(() => Promise.Resolve(loop, elsewhere!), Throws.ArgumentException.With.Message.Contains("another EventLoop")));
    }

    [Test]
    public void Resolve_GivenAForeignThenable_AdoptsItInAMicrotaskOfItsOwn()
    {
        var texts = Run.Texts(loop =>
        {
            IThenable<string> thenable = new ScriptedThenable<string>((onFulfilled, _) =>
            {
                loop.Log("then called");
                onFulfilled("🐷");
            });
            var wrapped = Promise.Resolve(loop, thenable);
            loop.Log($"same object: {ReferenceEquals(wrapped, thenable)}");
            wrapped.Then(value => loop.Log("wrapped: " + value));
            Run.Ticks(loop, 2);
        });

        Assert.That(texts, Is.EqualTo(new[] { "same object: False", "then called", "t1", "wrapped: 🐷", "t2" }));
    }

    [Test]
    public void Resolve_GivenAThenableOfItsOwnClass_AdoptsItRatherThanMakingItTheValue()
    {
        var texts = Run.Texts(loop =>
        {
            var thenable = new ScriptedThenable<string>((onFulfilled, _) => onFulfilled("🐷"));
            Promise<string> wrapped = Promise.Resolve(loop, thenable); // Promise<ScriptedThenable<string>> would not compile here
            Run.Show(loop, wrapped);
        });

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐷" }));
    }

    [Test]
    public void Resolve_GivenAPromiseOfAnotherTypeAsIThenable_AdoptsIt()
    {
        // Covariance lets a Promise<string> pass as an IThenable<object>; it cannot come back as a Promise<object>.
        var texts = Run.Texts(loop =>
        {
            var promise = Promise.Resolve(loop, "🐶");
            var adopted = Promise.Resolve<object>(loop, promise);
            loop.Log($"same object: {ReferenceEquals(adopted, promise)}");
            Run.Show(loop, adopted);
        });

        Assert.That(texts, Is.EqualTo(new[] { "same object: False", "fulfilled: 🐶" }));
    }

    [Test]
    public void Resolve_GivenNull_IsFulfilledWithNull()
    {
        Run.Texts(loop =>
        {
            var promise = Promise.Resolve<object?>(loop, null);
            var fromThenable = Promise.Resolve(loop, (IThenable<string?>?)null);
            var fromString = Promise.Resolve<string?>(loop, null);
            var fromNullable = Promise.Resolve<int?>(loop, null);

            Assert.That(new[] { promise.State, fromThenable.State, fromString.State, fromNullable.State }, Is.All.EqualTo(PromiseState.Fulfilled));
            promise.Then(value => Assert.That(value, Is.Null));
        });
    }

    [Test]
    public void Resolve_GivenNullWhereTheValueCannotBeNull_Throws()
    {
        Run.Texts(loop => Assert.That(() => Promise.Resolve<int>(loop, (Promise<int>?)null), Throws.ArgumentNullException));
    }

    [Test]
    public void Resolve_GivenAValue_IsFulfilledAtOnce()
    {
        Run.Texts(loop => Assert.That(Promise.Resolve(loop, 42).State, Is.EqualTo(PromiseState.Fulfilled)));
    }

    [Test]
    public void Reject_GivenAReason_IsRejectedAtOnce()
    {
        var texts = Run.Texts(loop =>
        {
            var promise = Promise.Reject<string>(loop, new InvalidOperationException("💥"));
            Assert.That(promise.State, Is.EqualTo(PromiseState.Rejected));
            Run.Show(loop, promise);
        });

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Reject_GivenNull_Throws()
    {
        Run.Texts(loop => Assert.That(() => Promise.Reject<string>(loop, null!), Throws.ArgumentNullException));
    }
}

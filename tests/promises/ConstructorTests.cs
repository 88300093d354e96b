using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

public sealed class ConstructorTests
{
    [Test]
    public void Constructor_Executor_RunsBeforeTheConstructorReturns()
    {
        var texts = Run.Texts(loop =>
        {
            _ = new Promise<string>(loop, (_, _) => loop.Log("executor"));
            loop.Log("after the constructor");
        });

        Assert.That(texts, Is.EqualTo(new[] { "executor", "after the constructor" }));
    }

    [Test]
    public void Constructor_ResolveCalled_IsFulfilledAtOnce()
    {
        Run.Texts(loop =>
        {
            var promise = new Promise<string>(loop, (resolve, _) => resolve("🐶"));

            Assert.That(promise.State, Is.EqualTo(PromiseState.Fulfilled));
        });
    }

    [Test]
    public void Constructor_ExecutorThrows_RejectsWithTheException()
    {
        var texts = Run.Texts(loop => Run.Show(loop, new Promise<string>(loop, (_, _) => throw new InvalidOperationException("💥"))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Constructor_ExecutorThrowsAfterResolving_KeepsTheValue()
    {
        var texts = Run.Texts(loop => Run.Show(loop, new Promise<string>(loop, (resolve, _) =>
        {
            resolve("🐶");
            throw new InvalidOperationException("💥");
        })));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐶" }));
    }

    [Test]
    public void Constructor_ResolveAndRejectCalledAgain_KeepsTheFirstCall()
    {
        var texts = Run.Texts(loop => Run.Show(loop, new Promise<string>(loop, (resolve, reject) =>
        {
            resolve("🐶");
            resolve("🐷");
            reject(new InvalidOperationException("💥"));
        })));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐶" }));
    }

    [Test]
    public void Constructor_ResolveGivenAPromiseAsAnObject_AdoptsIt()
    {
        // With T = object, the plain resolve can be handed a promise; like JavaScript's, it looks at the value.
        var texts = Run.Texts(loop =>
        {
            var inner = Run.Later<object>(loop, "🐷", 300);
            Run.Show(loop, new Promise<object>(loop, (resolve, _) => resolve(inner)));
        });

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐷" }));
    }

    [Test]
    public void Constructor_ResolverExecutorThrowsBeforeResolving_Rejects()
    {
        var texts = Run.Texts(loop => Run.Show(loop, new Promise<string>(loop, _ => throw new InvalidOperationException("💥"))));

        Assert.That(texts, Is.EqualTo(new[] { "rejected: 💥" }));
    }

    [Test]
    public void Constructor_ResolverExecutorThrowsAfterResolvingWithAPromise_WaitsForThePromise()
    {
        var texts = Run.Texts(loop => Run.Show(loop, new Promise<string>(loop, resolver =>
        {
            resolver.Resolve(Run.Later(loop, "🐷", 300));
            throw new InvalidOperationException("💥");
        })));

        Assert.That(texts, Is.EqualTo(new[] { "fulfilled: 🐷" }));
    }

    [Test]
    public void Constructor_NullArguments_Throw()
    {
        Run.Texts(loop =>
        {
            Assert.That(() => new Promise<string>(null!, (_, _) => { }), Throws.ArgumentNullException);
            Assert.That(() => new Promise<string>(loop, (Action<Action<string>, Action<Exception>>)null!), Throws.ArgumentNullException);
            Assert.That(() => new Promise<string>(loop, (Action<PromiseResolver<string>>)null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void State_ResolvedWithAPendingPromise_StaysPendingUntilThatOneSettles()
    {
        var states = new List<PromiseState>();
        EventLoop.Run(loop =>
        {
            var promise = new Promise<string>(loop, resolver => resolver.Resolve(Run.Later(loop, "🐷", 300)));
            states.Add(promise.State);
            loop.SetTimeout(() => states.Add(promise.State), 299);
            loop.SetTimeout(() => states.Add(promise.State), 301);
        });

        Assert.That(states, Is.EqualTo(new[] { PromiseState.Pending, PromiseState.Pending, PromiseState.Fulfilled }));
    }
}

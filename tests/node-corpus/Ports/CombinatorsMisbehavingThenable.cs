using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/18-combinators-misbehaving-thenable.js</summary>
internal static class CombinatorsMisbehavingThenable
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.All(loop, new FulfilsTwice(loop, "a"), Later.Value(loop, "🐷", 100))
            .Then(values => loop.Log("all: " + string.Join(" ", values)), e => loop.Log("all rejected: " + e.Message));
        Promise.AllSettled(loop, new FulfilsTwice(loop, "b"), Later.Failure(loop, "💢", 100))
            .Then(results => loop.Log("allSettled: " + string.Join(" | ", results.Select(result => result.ToString()))));
        Promise.Any(loop, new RejectsTwice(loop, "c"), Later.Failure(loop, "💢", 100))
            .Then(
                value => loop.Log("any: " + value),
                e => loop.Log("any rejected: " + string.Join(" | ", ((AggregateException)e).InnerExceptions.Select(x => x.Message))));
        Promise.Race(loop, new RejectsTwice(loop, "d"), Later.Value(loop, "🐶", 100))
            .Then(value => loop.Log("race: " + value), e => loop.Log("race rejected: " + e.Message));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("t1"))
            .Then(_ => loop.Log("t2"))
            .Then(_ => loop.Log("t3"));
        loop.Log("main: end");
    }

    /// <summary>Calls onFulfilled twice, then onRejected.</summary>
    private sealed class FulfilsTwice(EventLoop loop, string name) : IThenable<string>
    {
        public void Then(Action<string> onFulfilled, Action<Exception> onRejected)
        {
            loop.Log(name + ": then called");
            onFulfilled(name + " 1");
            onFulfilled(name + " 2");
            onRejected(new InvalidOperationException(name + " 💥"));
        }
    }

    /// <summary>Calls onRejected twice, then onFulfilled.</summary>
    private sealed class RejectsTwice(EventLoop loop, string name) : IThenable<string>
    {
        public void Then(Action<string> onFulfilled, Action<Exception> onRejected)
        {
            loop.Log(name + ": then called");
            onRejected(new InvalidOperationException(name + " 💥 1"));
            onRejected(new InvalidOperationException(name + " 💥 2"));
            onFulfilled(name + " value");
        }
    }
}

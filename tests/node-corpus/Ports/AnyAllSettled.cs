using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/11-any-allsettled.js</summary>
internal static class AnyAllSettled
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise.Any(loop, Later.Failure(loop, "💥", 100), Later.Value(loop, "🐷", 200), Later.Value(loop, "🐶", 300))
            .Then(value => loop.Log("any: " + value));
        Promise.Any(loop, Later.Failure(loop, "💥", 100), Later.Failure(loop, "💢", 50))
            .Then(_ => { }, e => loop.Log("any rejected: " + string.Join(" ", ((AggregateException)e).InnerExceptions.Select(x => x.Message))));
        Promise.AllSettled(loop, Later.Value(loop, "🐶", 300), Later.Failure(loop, "💥", 100))
            .Then(results => loop.Log("allSettled: " + string.Join(" | ", results.Select(result => result.ToString()))));
        loop.Log("main: end");
    }
}

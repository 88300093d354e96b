using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/10-all-race.js</summary>
internal static class AllRace
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var dog = Later.Value(loop, "🐶", 200);
        var pig = Later.Value(loop, "🐷", 100);
        var boom = Later.Failure(loop, "💥", 150);
        Promise.All(loop, dog, pig).Then(values => loop.Log("all: " + string.Join(" ", values)));
        Promise.All(loop, dog, boom, pig).Then(_ => { }, e => loop.Log("all rejected: " + e.Message));
        Promise.All<string>(loop).Then(values => loop.Log($"all of nothing: {values.Length} values"));
        Promise.Race(loop, dog, pig).Then(value => loop.Log("race: " + value));
        Promise.Race(loop, dog, boom).Then(_ => { }, e => loop.Log("race rejected: " + e.Message));
        loop.Log("main: end");
    }
}

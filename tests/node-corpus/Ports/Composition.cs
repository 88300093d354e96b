using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/02-composition.js</summary>
internal static class Composition
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var promise1 = Later.Value(loop, "🐶", 2000);
        var promise2 = Later.Value(loop, "🐷", 5000);

        Promise<string> Dog() => promise1.Then(value => value + "_");
        Promise<string> Pig() => promise2.Then(value => value + "_");
        Promise<string> C() => Dog().Then(dog => Pig().Then(pig => dog + pig));

        C().Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }
}

using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/01-dog-pig.js</summary>
internal static class DogPig
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var promise1 = Later.Value(loop, "🐶", 2000);
        var promise2 = Later.Value(loop, "🐷", 5000);

        // async function c() { const dog = await promise1; const pig = await promise2; return dog + pig; }
        Promise<string> C() => promise1.Then(dog => promise2.Then(pig => dog + pig));

        C().Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }
}

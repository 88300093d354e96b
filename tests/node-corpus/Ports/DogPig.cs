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
        Promise<string> C() => new(loop, (PromiseResolver<string> c) =>
            Await.On(promise1, dog => Await.On(promise2, pig => c.Resolve(dog + pig), c.Reject), c.Reject));

        C().Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }
}

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

        // async function dog() { return (await promise1) + "_"; }, and pig() the same
        Promise<string> Dog() => new(loop, (PromiseResolver<string> dog) => Await.On(promise1, value => dog.Resolve(value + "_"), dog.Reject));
        Promise<string> Pig() => new(loop, (PromiseResolver<string> pig) => Await.On(promise2, value => pig.Resolve(value + "_"), pig.Reject));

        // async function c() { return (await dog()) + (await pig()); }
        Promise<string> C() => new(loop, (PromiseResolver<string> c) =>
            Await.On(Dog(), dog => Await.On(Pig(), pig => c.Resolve(dog + pig), c.Reject), c.Reject));

        C().Then(result => loop.Log(result + "!"));
        loop.Log("main: end");
    }
}

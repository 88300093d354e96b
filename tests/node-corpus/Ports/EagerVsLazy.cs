using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/12-eager-vs-lazy.js</summary>
internal static class EagerVsLazy
{
    public static void Run(EventLoop loop)
    {
        Promise<string> Eager() => new(loop, (PromiseResolver<string> eager) =>
        {
            var promise1 = Later.Value(loop, "🐶", 2000);
            var promise2 = Later.Value(loop, "🐷", 5000);
            Await.On(promise1, dog => Await.On(promise2, pig => eager.Resolve(dog + pig), eager.Reject), eager.Reject);
        });

        Promise<string> Lazy() => new(loop, (PromiseResolver<string> lazy) =>
            Await.On(Later.Value(loop, "🐶", 2000), dog => Await.On(Later.Value(loop, "🐷", 5000), pig => lazy.Resolve(dog + pig), lazy.Reject), lazy.Reject));

        loop.Log("main: start");
        Eager().Then(result => loop.Log("eager: " + result + "!"));
        Lazy().Then(result => loop.Log("lazy: " + result + "!"));
        loop.Log("main: end");
    }
}

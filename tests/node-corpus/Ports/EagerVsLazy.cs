using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/12-eager-vs-lazy.js</summary>
internal static class EagerVsLazy
{
    public static void Run(EventLoop loop)
    {
        Promise<string> Eager()
        {
            var promise1 = Later.Value(loop, "🐶", 2000);
            var promise2 = Later.Value(loop, "🐷", 5000);
            return promise1.Then(dog => promise2.Then(pig => dog + pig));
        }

        Promise<string> Lazy() =>
            Later.Value(loop, "🐶", 2000).Then(dog => Later.Value(loop, "🐷", 5000).Then(pig => dog + pig));

        loop.Log("main: start");
        Eager().Then(result => loop.Log("eager: " + result + "!"));
        Lazy().Then(result => loop.Log("lazy: " + result + "!"));
        loop.Log("main: end");
    }
}

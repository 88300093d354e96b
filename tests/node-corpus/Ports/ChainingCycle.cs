using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/13-chaining-cycle.js</summary>
internal static class ChainingCycle
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        Promise<object?>? self = null;
        self = Promise.Resolve<object?>(loop, null).Then(_ => self!);
        self.Then(_ => { }, e => loop.Log("rejected: " + e.GetType().Name + ": " + e.Message));
        loop.Log("main: end");
    }
}

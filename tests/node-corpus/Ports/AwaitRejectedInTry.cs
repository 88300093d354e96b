using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/49-await-rejected-in-try.js, on the kata-12 reference builder</summary>
internal static class AwaitRejectedInTry
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        C().Then(value => loop.Log("c's promise: " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("turn 1"))
            .Then(_ => loop.Log("turn 2"))
            .Then(_ => loop.Log("turn 3"));
        loop.Log("main: end");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> C()
        {
            try
            {
                await Promise.Reject<object?>(loop, new InvalidOperationException("💥"));
                loop.Log("c: never here");
            }
            catch (InvalidOperationException e)
            {
                loop.Log("catch " + e.Message);
            }
            finally
            {
                loop.Log("finally");
            }

            return "after the catch";
        }
    }
}

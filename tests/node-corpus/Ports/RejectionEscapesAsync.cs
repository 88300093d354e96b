using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/48-rejection-escapes-async.js, on the kata-12 reference builder</summary>
internal static class RejectionEscapesAsync
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        var promise1 = Later.Failure(loop, "💥", 100);
        var result = C();
        loop.SetTimeout(
            () => result.Catch(e =>
            {
                loop.Log("caught late: " + e.Message);
                return string.Empty;
            }),
            300);
        loop.Log("main: end");

        [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
        async Promise<string> C()
        {
            var value = await promise1;
            loop.Log("c: never here, " + value);
            return value;
        }
    }
}

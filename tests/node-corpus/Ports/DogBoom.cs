using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/03-dog-boom.js, and with other timings programs/04-unhandled-rejection.js</summary>
internal static class DogBoom
{
    public static void Run(EventLoop loop) => Run(loop, dogMs: 200, boomMs: 500);

    public static void RunUnhandled(EventLoop loop) => Run(loop, dogMs: 2000, boomMs: 500);

    private static void Run(EventLoop loop, long dogMs, long boomMs)
    {
        loop.Log("main: start");
        var promise1 = Later.Value(loop, "🐶", dogMs);
        var promise2 = Later.Failure(loop, "💥", boomMs);

        // try { v1 = await promise1; v2 = await promise2; return v1 + v2; } catch (e) { … } finally { … }
        Promise<string?> C() => new(loop, (PromiseResolver<string?> c) =>
        {
            void Catch(Exception e)
            {
                loop.Log("catch " + e.Message);
                loop.Log("finally");
                c.Resolve((string?)null);
            }

            Await.On(promise1, v1 => Await.On(promise2, v2 =>
            {
                loop.Log("finally");
                c.Resolve(v1 + v2);
            }, Catch), Catch);
        });

        C().Then(value => loop.Log("c: finished with " + (value ?? "no value")));
        loop.Log("main: end");
    }
}

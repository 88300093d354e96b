using System.Runtime.CompilerServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using Katas.CustomBuilder;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>
/// programs/47-then-after-async.js, in the corpus's convention for async functions (<see cref="Await"/>), on the kata-12
/// builder, and in the convention the corpus used before, nested Thens, which settles c's promise one turn late.
/// </summary>
internal static class ThenAfterAsync
{
    public static void Run(EventLoop loop) => Run(loop, C);

    public static void RunWithNestedThens(EventLoop loop) => Run(loop, NestedThens);

    public static void RunOnTheBuilder(EventLoop loop) => Run(loop, OnTheBuilder);

    // The same c() on the kata-12 reference builder, as the JavaScript reads.
    [AsyncMethodBuilder(typeof(PromiseMethodBuilder<>))]
    private static async Promise<string> OnTheBuilder(EventLoop loop)
    {
        var dog = await Promise.Resolve(loop, "🐶");
        loop.Log("c: got " + dog);
        var pig = await Promise.Resolve(loop, "🐷");
        loop.Log("c: got " + pig);
        return dog + pig;
    }

    // async function c() { const dog = await …; log; const pig = await …; log; return dog + pig; }
    private static Promise<string> C(EventLoop loop) => new(loop, (PromiseResolver<string> c) =>
        Await.On(Promise.Resolve(loop, "🐶"), dog =>
        {
            loop.Log("c: got " + dog);
            Await.On(Promise.Resolve(loop, "🐷"), pig =>
            {
                loop.Log("c: got " + pig);
                c.Resolve(dog + pig);
            }, c.Reject);
        }, c.Reject));

    // The old convention: each await a Then, the rest of the function inside it. The outer Then's callback returns the
    // inner promise, and the outer promise adopts it (two turns, the inner promise settling during the first): one turn late.
    private static Promise<string> NestedThens(EventLoop loop) =>
        Promise.Resolve(loop, "🐶").Then(dog =>
        {
            loop.Log("c: got " + dog);
            return Promise.Resolve(loop, "🐷").Then(pig =>
            {
                loop.Log("c: got " + pig);
                return dog + pig;
            });
        });

    private static void Run(EventLoop loop, Func<EventLoop, Promise<string>> c)
    {
        loop.Log("main: start");
        c(loop).Then(value => loop.Log("c's promise: " + value));
        Promise.Resolve<object?>(loop, null)
            .Then(_ => loop.Log("turn 1"))
            .Then(_ => loop.Log("turn 2"))
            .Then(_ => loop.Log("turn 3"))
            .Then(_ => loop.Log("turn 4"))
            .Then(_ => loop.Log("turn 5"));
        loop.Log("main: end");
    }
}

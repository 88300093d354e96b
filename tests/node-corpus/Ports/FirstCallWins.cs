using ContinuationKatas.Runtime;
using ContinuationKatas.Promises;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>programs/19-first-call-wins.js</summary>
internal static class FirstCallWins
{
    public static void Run(EventLoop loop)
    {
        loop.Log("main: start");
        new Promise<object>(loop, (resolve, reject) =>
        {
            resolve(Later.Value<object>(loop, "🐷", 100));
            reject(new InvalidOperationException("💥"));
        }).Then(Report<object>(loop, "executor: resolve(pending promise), reject"), Failed(loop, "executor: resolve(pending promise), reject"));
        Promise.Resolve(loop, 0)
            .Then<object>(_ => new Thenable<object>((resolve, _) =>
            {
                resolve(Later.Value<object>(loop, "🐶", 200));
                throw new InvalidOperationException("💥");
            }))
            .Then(Report<object>(loop, "thenable: resolve(pending promise), throw"), Failed(loop, "thenable: resolve(pending promise), throw"));
        Promise.All(loop, Twice("🐶"), Later.Value(loop, "🐷", 300))
            .Then(Report<string[]>(loop, "all, a thenable that calls back twice", values => string.Join(",", values)), Failed(loop, "all, a thenable that calls back twice"));
        Promise.All(loop, BothWays("🐶"), Later.Value(loop, "🐷", 400))
            .Then(Report<string[]>(loop, "all, a thenable that calls back both ways", values => string.Join(",", values)), Failed(loop, "all, a thenable that calls back both ways"));
        Promise.AllSettled(loop, Twice("🐶"), Later.Value(loop, "🐷", 500))
            .Then(results => loop.Log("allSettled, a thenable that calls back twice: " + string.Join(" | ", results.Select(result => result.ToString()))));
        Promise.Any(loop, RejectsTwice("💥"), Later.Failure(loop, "💢", 600))
            .Then(_ => { }, e => loop.Log("any, a thenable that rejects twice: rejected " + string.Join(" ", ((AggregateException)e).InnerExceptions.Select(x => x.Message))));
        loop.Log("main: end");
    }

    private static Thenable<string> Twice(string value) => new((onFulfilled, _) =>
    {
        onFulfilled(value);
        onFulfilled(value + " again");
    });

    private static Thenable<string> BothWays(string value) => new((onFulfilled, onRejected) =>
    {
        onFulfilled(value);
        onRejected(new InvalidOperationException("💥"));
    });

    private static Thenable<string> RejectsTwice(string message) => new((_, onRejected) =>
    {
        onRejected(new InvalidOperationException(message));
        onRejected(new InvalidOperationException(message + " again"));
    });

    private static Action<T> Report<T>(EventLoop loop, string label, Func<T, string>? show = null) =>
        value => loop.Log($"{label}: fulfilled {(show is null ? value : show(value))}");

    private static Action<Exception> Failed(EventLoop loop, string label) => e => loop.Log($"{label}: rejected {e.Message}");
}

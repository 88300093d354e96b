using ContinuationKatas.Runtime;

namespace ContinuationKatas.Promises.Tests;

/// <summary>Runs a small program on a fresh loop and hands back what it logged.</summary>
internal static class Run
{
    /// <summary>The texts the program logged, in order.</summary>
    public static string[] Texts(Action<EventLoop> main) => [.. EventLoop.Run(main).Lines.Select(line => line.Text)];

    /// <summary>The lines the program logged, with their times.</summary>
    public static TranscriptLine[] Lines(Action<EventLoop> main) => [.. EventLoop.Run(main).Lines];

    /// <summary>
    /// Logs t1, t2, … t<paramref name="count"/>, one per microtask turn, the first in the turn after now. Plain
    /// microtasks, not promises, so it measures the library without depending on it.
    /// </summary>
    public static void Ticks(EventLoop loop, int count)
    {
        void Tick(int n) => loop.QueueMicrotask(() =>
        {
            loop.Log("t" + n);
            if (n < count)
            {
                Tick(n + 1);
            }
        });

        Tick(1);
    }

    /// <summary>A promise fulfilled with <paramref name="value"/> by a timer after <paramref name="ms"/> milliseconds.</summary>
    public static Promise<T> Later<T>(EventLoop loop, T value, long ms) =>
        new(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), ms));

    /// <summary>A promise rejected with an <see cref="InvalidOperationException"/> by a timer after <paramref name="ms"/> milliseconds.</summary>
    public static Promise<string> Failure(EventLoop loop, string message, long ms) =>
        new(loop, (_, reject) => loop.SetTimeout(() => reject(new InvalidOperationException(message)), ms));

    /// <summary>Logs "fulfilled: value" or "rejected: message" when <paramref name="promise"/> settles.</summary>
    public static void Show<T>(EventLoop loop, Promise<T> promise, string label = "") =>
        promise.Then(value => loop.Log($"{label}fulfilled: {value}"), reason => loop.Log($"{label}rejected: {reason.Message}"));
}

using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>The corpus programs' <c>later</c> and <c>failLater</c>: promises settled by a timer.</summary>
internal static class Later
{
    /// <summary><c>new Promise(resolve => setTimeout(() => resolve(value), ms))</c></summary>
    public static Promise<T> Value<T>(EventLoop loop, T value, long ms) =>
        new(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), ms));

    /// <summary><c>new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms))</c></summary>
    public static Promise<string> Failure(EventLoop loop, string message, long ms) =>
        new(loop, (_, reject) => loop.SetTimeout(() => reject(new InvalidOperationException(message)), ms));
}

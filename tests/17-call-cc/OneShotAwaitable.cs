using System.Runtime.CompilerServices;

namespace Katas.CallCC.Tests;

/// <summary>
/// An awaitable that never completes by itself: it keeps the continuation the compiler's builder hands it, so a test
/// can call it (once, or again). <c>await</c> on it resumes with <paramref name="value"/>.
/// </summary>
internal sealed class OneShotAwaitable(List<Action> saved, int value) : INotifyCompletion
{
    public bool IsCompleted => false;

    public OneShotAwaitable GetAwaiter() => this;

    public void OnCompleted(Action continuation) => saved.Add(continuation);

    public int GetResult() => value;
}

namespace Katas.GeneratorRunner;

/// <summary>
/// What the runner sees of an <see cref="Awaited{T}"/>, whatever its <c>T</c>: a way to be told, in a reaction of
/// the awaited promise, that it has settled.
/// </summary>
public interface IAwaited
{
    /// <summary>
    /// Subscribes to the awaited promise. When it settles, in its reaction (a microtask, never inside the code that
    /// settled it), the handle records the outcome for <see cref="Awaited{T}.Value"/> and then calls
    /// <paramref name="onFulfilled"/> or <paramref name="onRejected"/> with the reason.
    /// </summary>
    void Then(Action onFulfilled, Action<Exception> onRejected);
}

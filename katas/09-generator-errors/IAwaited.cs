namespace Katas.GeneratorErrors;

/// <summary>
/// What the runner sees of an <see cref="Awaited{T}"/>, whatever its <c>T</c>: a way to be told, in a reaction of
/// the awaited promise, that it has settled, and whether the iterator reads a rejection itself.
/// </summary>
public interface IAwaited
{
    /// <summary>
    /// <see langword="true"/> for a handle made by <see cref="Co.AwaitSettled{T}"/>: the iterator reads the outcome
    /// after the yield (a rejection throws from <see cref="Awaited{T}.Value"/>), so a rejection resumes it as a value
    /// does. <see langword="false"/> for <see cref="Co.Await{T}"/>: a rejection ends the iterator where it waits.
    /// </summary>
    bool ResumesOnRejection { get; }

    /// <summary>
    /// Subscribes to the awaited promise. When it settles, in its reaction (a microtask, never inside the code that
    /// settled it), the handle records the outcome for <see cref="Awaited{T}.Value"/> and then calls
    /// <paramref name="onFulfilled"/> or <paramref name="onRejected"/> with the reason.
    /// </summary>
    void Then(Action onFulfilled, Action<Exception> onRejected);
}

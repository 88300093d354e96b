namespace ContinuationKatas.Testing;

/// <summary>
/// A kata's own advice for an exception that reached the loop: what the learner's code should have done with it.
/// Registered for a kata's test assembly with <see cref="UncaughtAdviceAttribute"/>.
/// </summary>
public interface IUncaughtAdvice
{
    /// <summary>The advice for <paramref name="thrown"/>, or <see langword="null"/> when the kata has none for it.</summary>
    string? Advise(UncaughtThrow thrown);
}

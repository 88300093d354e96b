using ContinuationKatas.Testing;

[assembly: UncaughtAdvice(typeof(Katas.Combinators.Tests.CombinatorsAdvice))]

namespace Katas.Combinators.Tests;

/// <summary>What kata 06 says when an exception reaches the loop from the learner's combinators.</summary>
public sealed class CombinatorsAdvice : IUncaughtAdvice
{
    /// <inheritdoc />
    public string? Advise(UncaughtThrow thrown)
    {
        ArgumentNullException.ThrowIfNull(thrown);
        return thrown is { Origin: ThrowOrigin.Kata, InLambda: true, Error: IndexOutOfRangeException }
            ? $"An index was out of range inside a callback in {thrown.Member}: most likely the callback uses the loop variable " +
                "itself. A lambda captures the variable, not its value, and the callback runs after the loop has finished, when " +
                "i == promises.Length. Copy it inside the loop (var slot = i;) and use the copy in the callback (hint 1)."
            : null;
    }
}

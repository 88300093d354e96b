using ContinuationKatas.Testing;

[assembly: UncaughtAdvice(typeof(Katas.ErrorFirstCallbacks.Tests.ErrorFirstAdvice))]

namespace Katas.ErrorFirstCallbacks.Tests;

/// <summary>What kata 03 says when an exception reaches the loop: a callback threw, and no try could catch it.</summary>
public sealed class ErrorFirstAdvice : IUncaughtAdvice
{
    /// <inheritdoc />
    public string? Advise(UncaughtThrow thrown)
    {
        ArgumentNullException.ThrowIfNull(thrown);
        return thrown is { Origin: ThrowOrigin.Kata, InLambda: true }
            ? $"The throw is inside a callback in {thrown.Member}, and a callback runs later, from the loop, when its operation " +
                "finishes. By then C had long returned: it returned at 0 ms, right after starting the operations, so a try/catch " +
                "around the starts had already returned when the callback threw, and nothing was left to catch it. With callbacks, " +
                "an error arrives as the callback's first argument, not as an exception: keep it as that operation's outcome, and " +
                "let Step log \"catch \" + error.Message, run your finally and call done(null, null) (steps 2 and 3)."
            : null;
    }
}

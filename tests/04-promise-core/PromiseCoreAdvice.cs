using ContinuationKatas.Testing;

[assembly: UncaughtAdvice(typeof(Katas.PromiseCore.Tests.PromiseCoreAdvice))]

namespace Katas.PromiseCore.Tests;

/// <summary>What kata 04 says when an exception reaches the loop through the learner's promise.</summary>
public sealed class PromiseCoreAdvice : IUncaughtAdvice
{
    /// <inheritdoc />
    public string? Advise(UncaughtThrow thrown)
    {
        ArgumentNullException.ThrowIfNull(thrown);
        return thrown is { Origin: ThrowOrigin.Test, Member: "the Promise constructor" }
            ? "The executor threw, and the exception escaped the constructor. The constructor must catch what the executor " +
                "throws and reject the promise with it, unless the executor had already settled it (step 1): in JavaScript, " +
                "new Promise never throws because of its executor."
            : null;
    }
}

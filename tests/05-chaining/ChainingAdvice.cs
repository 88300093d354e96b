using ContinuationKatas.Testing;

[assembly: UncaughtAdvice(typeof(Katas.Chaining.Tests.ChainingAdvice))]

namespace Katas.Chaining.Tests;

/// <summary>What kata 05 says when an exception reaches the loop: a chain must turn every throw into a rejection.</summary>
public sealed class ChainingAdvice : IUncaughtAdvice
{
    /// <inheritdoc />
    public string? Advise(UncaughtThrow thrown)
    {
        ArgumentNullException.ThrowIfNull(thrown);
        return thrown switch
        {
            { Origin: ThrowOrigin.Test, Callee: "ScriptedThenable.Then" } =>
                "A thenable's Then threw: the resolution procedure must call it inside try/catch and reject the promise with the " +
                "exception, unless resolve or reject was already called (A+ 2.3.3.3.4; step 3).",
            { Origin: ThrowOrigin.Test, Member: "the Promise constructor" } =>
                "The executor threw: the constructor must catch it and reject the promise with it, unless the executor had " +
                "already called resolve or reject.",
            { Origin: ThrowOrigin.Test } =>
                "A callback's exception must never reach the loop: Then (and Catch, Finally) runs the callback inside try/catch " +
                "and rejects the promise it returned with the exception (A+ 2.2.7.2; step 1).",
            _ => null,
        };
    }
}

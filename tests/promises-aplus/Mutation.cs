namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>The one thing a <see cref="MutantPromise{T}"/> gets wrong.</summary>
public enum Mutation
{
    /// <summary>Nothing: the mutant's own control, which must keep every rule.</summary>
    None,

    /// <summary>Runs callbacks at once instead of as microtasks, on settled and on settling promises.</summary>
    Synchronous,

    /// <summary>Has no "settle once" guard: a later resolve or reject changes the state, the value or the reason again.</summary>
    SettlesTwice,

    /// <summary>Does not adopt a returned promise or thenable: takes it as a plain value (a default one when it does not fit).</summary>
    NoAdoption,

    /// <summary>
    /// When a thenable's Then throws, rejects if the promise is still pending, instead of if no callback was called yet: a
    /// throw after <c>resolve(aPendingPromise)</c> wrongly rejects.
    /// </summary>
    ThrowDecidesByState,
}

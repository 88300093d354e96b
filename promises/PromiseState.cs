namespace ContinuationKatas.Promises;

/// <summary>The three states of a promise (Promises/A+ 2.1).</summary>
public enum PromiseState
{
    /// <summary>Not settled yet: it may still become fulfilled or rejected.</summary>
    Pending,

    /// <summary>Settled with a value, for good.</summary>
    Fulfilled,

    /// <summary>Settled with a reason (an exception), for good.</summary>
    Rejected,
}

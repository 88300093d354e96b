namespace ContinuationKatas.Promises;

/// <summary>How one promise given to <see cref="Promise.AllSettled{T}"/> ended: JavaScript's <c>{ status, value }</c> or <c>{ status, reason }</c>.</summary>
/// <typeparam name="T">The type of the promise's value.</typeparam>
/// <param name="Status">Fulfilled or rejected.</param>
/// <param name="Value">The value, when fulfilled.</param>
/// <param name="Reason">The reason, when rejected.</param>
public sealed record SettledResult<T>(PromiseState Status, T? Value, Exception? Reason)
{
    /// <summary>"fulfilled: 🐶" or "rejected: 💥".</summary>
    public override string ToString() =>
        Status == PromiseState.Fulfilled ? $"fulfilled: {Value}" : $"rejected: {Reason?.Message}";
}

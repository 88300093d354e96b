using ContinuationKatas.Promises;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>
/// The corpus's convention for writing an <c>async</c> function without the kata-12 builder: <c>await x</c> is the
/// plain reaction on <c>x</c> that Node's await registers (no promise in between: one turn), with the rest of the
/// function inside it; the function's own promise is a <c>new Promise</c> whose resolver the body calls where it returns.
/// </summary>
internal static class Await
{
    /// <summary><c>await promise</c>: <paramref name="rest"/> runs one turn after it fulfils, <paramref name="fail"/> one turn after it rejects.</summary>
    public static void On<T>(Promise<T> promise, Action<T> rest, Action<Exception> fail) => ((IThenable<T>)promise).Then(rest, fail);
}

using ContinuationKatas.Promises;

namespace ContinuationKatas.NodeCorpus.Tests.Ports;

/// <summary>A stranger's thenable: an object whose <c>then</c> does whatever the program scripts, well-behaved or not.</summary>
/// <typeparam name="T">The type of value it hands over.</typeparam>
internal sealed class Thenable<T>(Action<Action<T>, Action<Exception>> then) : IThenable<T>
{
    public void Then(Action<T> onFulfilled, Action<Exception> onRejected) => then(onFulfilled, onRejected);
}

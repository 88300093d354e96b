using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.GeneratorRunner;

/// <summary>
/// The generator runner and the two words of its protocol: <see cref="Await{T}"/> (yield it where JavaScript writes
/// <c>await</c>) and <see cref="Return{T}"/> (yield it where JavaScript writes <c>return</c>). Named after the
/// <c>co</c> library, which ran JavaScript generators this way before JavaScript had <c>async</c>/<c>await</c>.
/// </summary>
public static class Co
{
    /// <summary>
    /// Runs an iterator that yields <see cref="Awaited{T}"/> handles as an async function: returns a promise of the
    /// result it yields with <see cref="Return{T}"/>. The iterator's body runs at once, inside this call, up to its
    /// first <c>yield return</c>; each later step runs in a reaction of the promise it waited for.
    /// </summary>
    public static Promise<T> Run<T>(EventLoop loop, IEnumerable<object> body)
    {
        // TODO: step 1 — return new Promise<T>(loop, (resolve, reject) => { … }): in the executor, get the iterator
        // and run its first step at once. A step calls MoveNext; false means the body ran off its end (resolve with
        // default); a Returned<T> as Current means `return` (resolve with its Value).
        // TODO: step 2 — an IAwaited as Current: resume (the next step) in the callback of its Then, never before.
        // TODO: step 3 — MoveNext throws: reject with that exception. Anything else yielded: reject with an
        // InvalidOperationException whose message names what was yielded.
        throw new NotSolvedYetException("Kata 08 (generator runner), step 1: in Co.Run, return a promise whose executor gets the iterator and runs its first step (MoveNext) at once.");
    }

    /// <summary>A handle to yield to wait for <paramref name="promise"/>: <c>var dog = Await(promise1); yield return dog;</c>, then <c>dog.Value</c>.</summary>
    public static Awaited<T> Await<T>(Promise<T> promise) => new(promise);

    /// <summary>The result to yield last: <c>yield return Return(dog.Value + pig.Value);</c> fulfils the runner's promise with it.</summary>
    public static Returned<T> Return<T>(T value) => new(value);
}

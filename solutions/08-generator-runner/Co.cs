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
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(body);

        // Babel's _asyncToGenerator, in C#: the executor runs at once, so the first step (and the body up to its
        // first yield) runs inside Run, as an async function's body does inside its call.
        return new Promise<T>(loop, (resolve, reject) =>
        {
            var iterator = body.GetEnumerator();
            Step();

            void Step()
            {
                bool suspended;
                try
                {
                    suspended = iterator.MoveNext();
                }
                catch (Exception error)
                {
                    reject(error); // the body threw: JavaScript's generator.next() throwing
                    return;
                }

                if (!suspended)
                {
                    resolve(default!); // ran off its end: JavaScript's "return;", no value
                    return;
                }

                switch (iterator.Current)
                {
                    case Returned<T> returned:
                        resolve(returned.Value);
                        break;

                    case IAwaited awaited:
                        // The only place the iterator is resumed: the awaited promise's reaction, a microtask after it
                        // settles, never inline. A rejection stops the iterator where it waits: nothing after the
                        // yield runs, and the runner's promise takes the reason.
                        awaited.Then(Step, reject);
                        break;

                    case var other:
                        // Without this, a yielded value the runner cannot wait for would leave its promise pending forever.
                        reject(new InvalidOperationException(CannotWaitFor(other, typeof(T))));
                        break;
                }
            }
        });
    }

    /// <summary>A handle to yield to wait for <paramref name="promise"/>: <c>var dog = Await(promise1); yield return dog;</c>, then <c>dog.Value</c>.</summary>
    public static Awaited<T> Await<T>(Promise<T> promise) => new(promise);

    /// <summary>The result to yield last: <c>yield return Return(dog.Value + pig.Value);</c> fulfils the runner's promise with it.</summary>
    public static Returned<T> Return<T>(T value) => new(value);

    private static string CannotWaitFor(object? yielded, Type result) => yielded switch
    {
        null => "The iterator yielded null: the runner can wait only for a promise. Yield Await(promise), or Return(value) at the end.",
        _ when yielded.GetType().GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IThenable<>)) =>
            $"The iterator yielded a {Name(yielded.GetType())} itself: yield Await(promise) instead, and read its Value after the yield.",
        _ when yielded.GetType().IsGenericType && yielded.GetType().GetGenericTypeDefinition() == typeof(Returned<>) =>
            $"The iterator yielded {yielded} (a {Name(yielded.GetType().GetGenericArguments()[0])}), but the runner's promise is a Promise<{Name(result)}>.",
        _ => $"The iterator yielded \"{yielded}\" (a {Name(yielded.GetType())}): the runner can wait only for a promise. Yield Await(promise), or Return(value) at the end.",
    };

    private static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;
}

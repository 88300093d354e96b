using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;

namespace Katas.CallCC;

/// <summary>call/cc for programs in continuation-passing style.</summary>
public static class Continuations
{
    /// <summary>
    /// <c>(call/cc f)</c>: calls <paramref name="f"/> with the current continuation <paramref name="k"/> as a value it
    /// may keep and call (now, to escape; later, to come back), and with <paramref name="k"/> as its own continuation:
    /// whatever <paramref name="f"/> returns normally also goes to <paramref name="k"/>.
    /// </summary>
    public static Step CallCC<T>(Func<Captured<T>, Continuation<T>, Step> f, Continuation<T> k)
    {
        ArgumentNullException.ThrowIfNull(f);

        // TODO: step 1 — call f with k twice: as a Captured<T> value (which ignores the continuation of its own call) and as f's own continuation.
        throw new NotSolvedYetException("Kata 17 (call/cc), step 1: in Continuations.CallCC, hand f the current continuation k: as a value that jumps to k, and as f's own continuation.");
    }
}

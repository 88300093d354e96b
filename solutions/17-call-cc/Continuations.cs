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

        // In CPS the current continuation is just an argument: handing it over is all call/cc does. The value f gets
        // ignores the continuation of its own call (`after`): calling it is a jump to k, not a call that comes back.
        return f((value, after) => k(value), k);
    }
}

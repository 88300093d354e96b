namespace ContinuationKatas.Runtime.Cps;

/// <summary>
/// A continuation as a value, as <c>call/cc</c> hands it out: called like any CPS function, with a value and the
/// continuation of the call. It ignores <paramref name="after"/> and jumps to the continuation it captured, so
/// whatever comes after the call never runs — and it may be kept and called again later, any number of times.
/// </summary>
/// <typeparam name="T">The value the captured continuation receives.</typeparam>
/// <param name="value">The value <c>call/cc</c> appears to return, this time.</param>
/// <param name="after">The continuation of this call: what a function would run after it returned.</param>
/// <returns>The next step of the program.</returns>
public delegate Step Captured<in T>(T value, Continuation<Unit> after);

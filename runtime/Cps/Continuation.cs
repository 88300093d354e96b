namespace ContinuationKatas.Runtime.Cps;

/// <summary>
/// The rest of the program, waiting for a value: what a function in continuation-passing style (CPS) calls instead of
/// returning. Calling it does not run the rest of the program: it returns the <see cref="Step"/> that does, and the
/// caller returns that step to the <see cref="Trampoline"/>. So a call to a continuation is always the last thing a
/// CPS function does.
/// </summary>
/// <typeparam name="T">The value the rest of the program receives (<see cref="Unit"/> when it needs none).</typeparam>
/// <param name="value">The value, as if the function had returned it.</param>
/// <returns>The next step of the program.</returns>
public delegate Step Continuation<in T>(T value);

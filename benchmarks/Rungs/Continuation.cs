namespace ContinuationKatas.Benchmarks.Rungs;

/// <summary>The rest of the program from some point on, as a value: call it with the result to go on from there.</summary>
/// <typeparam name="T">What the rest of the program takes.</typeparam>
/// <param name="value">The result the program goes on with.</param>
internal delegate void Continuation<in T>(T value);

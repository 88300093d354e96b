namespace ContinuationKatas.Runtime.Cps;

/// <summary>
/// The value of a continuation that needs none ("print, then go on"): there is exactly one, <c>default</c>.
/// Scheme's continuations take a value too, even when nobody looks at it.
/// </summary>
public readonly record struct Unit;

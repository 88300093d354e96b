namespace ContinuationKatas.Runtime.Cps;

/// <summary>
/// Thrown by the <see cref="Trampoline"/> when a CPS program cannot go on: it jumped too often without ending, ran on
/// after it had ended, or handed the trampoline something that is not a step. The message names the problem.
/// </summary>
public sealed class TrampolineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrampolineException(string message)
        : base(message)
    {
    }
}

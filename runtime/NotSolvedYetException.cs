namespace ContinuationKatas.Runtime;

/// <summary>
/// Thrown by a kata's stub where the learner has work to do. Tests report it as
/// "not solved yet" together with its message, which says what to do next.
/// </summary>
public sealed class NotSolvedYetException : Exception
{
    /// <summary>Creates the exception with the next step for the learner.</summary>
    /// <param name="nextStep">What to do, e.g. "Step 1: log \"main: start\" (see README.md)".</param>
    public NotSolvedYetException(string nextStep)
        : base(nextStep)
    {
    }
}

namespace ContinuationKatas.Approvals;

/// <summary>The result of <see cref="Approver.Compare"/>.</summary>
/// <param name="Outcome">How the comparison went.</param>
/// <param name="Message">A message for the person reading the test output: what differs and what to do.</param>
/// <param name="File">The files compared.</param>
public sealed record ApprovalResult(ApprovalOutcome Outcome, string Message, ApprovalFile File)
{
    /// <summary>Whether the test should pass: the texts were equal, or the received text was accepted.</summary>
    public bool Passed => Outcome is ApprovalOutcome.Equal or ApprovalOutcome.Accepted;
}

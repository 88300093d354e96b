namespace ContinuationKatas.Approvals;

/// <summary>Thrown by <see cref="Approver.Verify"/> when a received text is not approved.</summary>
public sealed class ApprovalException : Exception
{
    /// <summary>Creates the exception from a failed comparison.</summary>
    public ApprovalException(ApprovalResult result)
        : base(result?.Message)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
    }

    /// <summary>The comparison that failed.</summary>
    public ApprovalResult Result { get; }
}

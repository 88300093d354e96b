namespace ContinuationKatas.Approvals;

/// <summary>How a received text compared with its verified file.</summary>
public enum ApprovalOutcome
{
    /// <summary>The verified file exists and matches.</summary>
    Equal,

    /// <summary>There is no verified file yet; the text was written as a received file.</summary>
    New,

    /// <summary>The verified file differs; the text was written as a received file.</summary>
    Different,

    /// <summary>The verified file cannot be used as it is (for example it has <c>\r</c> line endings).</summary>
    Invalid,

    /// <summary>Accepting was asked for, so the verified file was written from the received text.</summary>
    Accepted,
}

namespace ContinuationKatas.Tool;

/// <summary>One test's outcome as a TRX file records it.</summary>
internal sealed record TestResult(string Name, string Outcome, string? Message)
{
    public bool Passed => Outcome == "Passed";

    public bool Failed => Outcome is "Failed" or "Error" or "Timeout" or "Aborted";
}

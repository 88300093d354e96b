namespace ContinuationKatas.Tool;

/// <summary>One test's outcome as a TRX file records it.</summary>
internal sealed record TestResult(string Name, string Outcome, string? Message)
{
    public bool Passed => Outcome == "Passed";

    public bool Failed => Outcome is "Failed" or "Error" or "Timeout" or "Aborted";

    /// <summary>The message as a learner reads it: without NUnit's "OneTimeSetUp: ", Windows line ends or blank ends.</summary>
    public string ReadableMessage =>
        (Message ?? "(no message)").Replace("\r\n", "\n", StringComparison.Ordinal).Replace("OneTimeSetUp: ", string.Empty, StringComparison.Ordinal).Trim();
}

namespace ContinuationKatas.Approvals;

/// <summary>What the approval helper may do. Read from the environment by <see cref="FromEnvironment"/>.</summary>
public sealed record ApprovalSettings
{
    /// <summary>The environment variable that asks to accept received texts: <c>KATA_ACCEPT=1</c>.</summary>
    public const string AcceptVariable = "KATA_ACCEPT";

    /// <summary>The environment variable naming a directory where every verified path in use is recorded.</summary>
    public const string UsageLogVariable = "KATA_APPROVALS_LOG";

    /// <summary>Whether to write received texts over verified files. Never honoured when <see cref="IsCI"/>.</summary>
    public bool Accept { get; init; }

    /// <summary>Whether this is a CI run (<c>CI</c> is set to anything but <c>false</c> or <c>0</c>).</summary>
    public bool IsCI { get; init; }

    /// <summary>If set, a directory: each process appends every verified path it compares to a file of its own there (for finding orphaned files).</summary>
    public string? UsageLog { get; init; }

    /// <summary>Reads <c>KATA_ACCEPT</c>, <c>CI</c> and <c>KATA_APPROVALS_LOG</c>.</summary>
    public static ApprovalSettings FromEnvironment() => new()
    {
        Accept = IsOn(Environment.GetEnvironmentVariable(AcceptVariable)),
        IsCI = IsOn(Environment.GetEnvironmentVariable("CI")),
        UsageLog = Environment.GetEnvironmentVariable(UsageLogVariable) is { Length: > 0 } log ? log : null,
    };

    private static bool IsOn(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().ToUpperInvariant() is not ("0" or "FALSE" or "NO" or "OFF");
}

namespace ContinuationKatas.Testing;

/// <summary>Names the kata a test assembly tests; added by tests/Directory.Build.props.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class KataUnderTestAttribute(string id, string set, string repoRoot) : Attribute
{
    /// <summary>The kata's folder name, e.g. <c>02-callbacks</c>.</summary>
    public string Id { get; } = id;

    /// <summary>The tree built against: <c>katas</c> or <c>solutions</c>.</summary>
    public string Set { get; } = set;

    /// <summary>The repository root, with a trailing separator.</summary>
    public string RepoRoot { get; } = repoRoot;
}

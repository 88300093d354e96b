namespace ContinuationKatas.Tool;

/// <summary>What a command runs with: the repository, its catalog, and where to write.</summary>
internal sealed record CommandContext(string RepoRoot, TextWriter Out, TextWriter Error, TextReader In)
{
    private readonly Lazy<Catalog> catalog = new(() => Catalog.Load(RepoRoot));

    public Catalog Catalog => catalog.Value;

    /// <summary>Whether to color output: a terminal, and NO_COLOR not set.</summary>
    public bool Color { get; init; }
}

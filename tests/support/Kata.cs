using System.Reflection;

namespace ContinuationKatas.Testing;

/// <summary>Where the kata under test lives, read from the test assembly's <see cref="KataUnderTestAttribute"/>.</summary>
public static class Kata
{
    private static readonly Lazy<KataUnderTestAttribute> Info = new(Find);

    /// <summary>The kata's folder name, e.g. <c>02-callbacks</c>.</summary>
    public static string Id => Info.Value.Id;

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Info.Value.RepoRoot;

    /// <summary>The kata's README, relative to the repository root.</summary>
    public static string Readme => $"katas/{Id}/README.md";

    /// <summary>The folder of approved transcripts shared by every kata.</summary>
    public static string ScenarioDirectory => Path.Combine(RepoRoot, "tests", "scenarios");

    private static KataUnderTestAttribute Find()
    {
        var attribute = AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetCustomAttribute<KataUnderTestAttribute>())
            .FirstOrDefault(found => found is not null);
        return attribute ?? throw new InvalidOperationException("No test assembly carries [KataUnderTest]; kata tests live in tests/NN-slug.");
    }
}

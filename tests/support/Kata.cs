using System.Reflection;

namespace ContinuationKatas.Testing;

/// <summary>Where the kata under test lives, read from the test assembly's <see cref="KataUnderTestAttribute"/>.</summary>
public static class Kata
{
    private static readonly Lazy<KataUnderTestAttribute?> Info = new(() => Find<KataUnderTestAttribute>());

    private static readonly Lazy<IUncaughtAdvice?> Adviser = new(() =>
        Find<UncaughtAdviceAttribute>() is { } attribute ? (IUncaughtAdvice?)Activator.CreateInstance(attribute.Adviser) : null);

    /// <summary>The kata's folder name, e.g. <c>02-callbacks</c>.</summary>
    public static string Id => Required.Id;

    /// <summary>The tree the kata is built from: <c>katas</c> (the learner's) or <c>solutions</c>.</summary>
    public static string Set => Required.Set;

    /// <summary>The repository root.</summary>
    public static string RepoRoot => Required.RepoRoot;

    /// <summary>The kata's README, relative to the repository root.</summary>
    public static string Readme => $"katas/{Id}/README.md";

    /// <summary>The folder of approved transcripts shared by every kata.</summary>
    public static string ScenarioDirectory => Path.Combine(RepoRoot, "tests", "scenarios");

    /// <summary>Whether a test assembly names its kata (the kit's own test projects may not).</summary>
    internal static bool IsKnown => Info.Value is not null;

    /// <summary>The kata's advice for exceptions that reach the loop, if its tests give any (<see cref="UncaughtAdviceAttribute"/>).</summary>
    internal static IUncaughtAdvice? Advice => Adviser.Value;

    /// <summary>A file of the kata under test, relative to the repository root, e.g. <c>katas/05-chaining/Promise.cs</c>.</summary>
    /// <param name="file">The file name inside the kata's folder.</param>
    public static string Source(string file) => $"{Set}/{Id}/{file}";

    private static KataUnderTestAttribute Required =>
        Info.Value ?? throw new InvalidOperationException("No test assembly carries [KataUnderTest]; kata tests live in tests/NN-slug.");

    private static T? Find<T>()
        where T : Attribute =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetCustomAttribute<T>())
            .FirstOrDefault(found => found is not null);
}

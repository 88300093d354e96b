namespace ContinuationKatas.Tool;

/// <summary>The source files of a kata's folder (.cs and .csproj, without bin/ and obj/), relative to the folder.</summary>
internal static class KataFiles
{
    /// <summary>The project file in <paramref name="folder"/> (a kata, its solution or its tests has one), or null.</summary>
    public static string? Project(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.csproj").FirstOrDefault() : null;

    public static IReadOnlyList<string> Sources(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }
}

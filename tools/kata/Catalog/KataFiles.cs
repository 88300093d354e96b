namespace ContinuationKatas.Tool;

/// <summary>The source files of a kata's folder (.cs and .csproj, without bin/ and obj/), relative to the folder.</summary>
internal static class KataFiles
{
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

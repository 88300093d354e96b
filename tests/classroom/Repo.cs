namespace ContinuationKatas.Classroom.Tests;

/// <summary>The kit's checkout these tests read: the nearest folder above the test assembly with Katas.sln and katas.json.</summary>
internal static class Repo
{
    public const string Workflow = ".github/workflows/classroom.yml";

    public const string Autograding = ".github/classroom/autograding.json";

    public const string Catalog = "katas.json";

    public const string GlobalJson = "global.json";

    public const string Tasks = ".vscode/tasks.json";

    public const string Devcontainer = ".devcontainer/devcontainer.json";

    private static readonly Lazy<string> LazyRoot = new(() => Find(AppContext.BaseDirectory));

    public static string Root => LazyRoot.Value;

    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Katas.sln")) && File.Exists(Path.Combine(dir.FullName, Catalog)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Continuation Katas checkout (Katas.sln and katas.json) above {start}.");
    }

    /// <summary>The full path of a file given relative to the root with forward slashes.</summary>
    public static string PathOf(string relative) =>
        Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative)
    {
        var path = PathOf(relative);
        Assert.That(File.Exists(path), Is.True, $"{relative} is missing.");
        return File.ReadAllText(path);
    }

    /// <summary>
    /// Why `dotnet test tests/{kataId}` would not find one project to test, or null when it would:
    /// the folder must exist and hold exactly one project file.
    /// </summary>
    public static string? TestProjectProblem(string root, string kataId)
    {
        var dir = Path.Combine(root, "tests", kataId);
        if (!Directory.Exists(dir))
        {
            return $"tests/{kataId} does not exist";
        }

        var projects = Directory.GetFiles(dir, "*.csproj");
        return projects.Length switch
        {
            1 => null,
            0 => $"tests/{kataId} has no .csproj",
            _ => $"tests/{kataId} has {projects.Length} project files, so `dotnet test` cannot tell which to run",
        };
    }
}

namespace ContinuationKatas.Tool;

/// <summary>Finds the kit's root: the nearest folder up from a start folder that holds Katas.sln and katas.json.</summary>
internal static class RepoRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Katas.sln")) && File.Exists(Path.Combine(dir.FullName, "katas.json")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Continuation Katas checkout (Katas.sln and katas.json) above {start}.");
    }
}

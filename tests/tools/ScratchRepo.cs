namespace ContinuationKatas.Tool.Tests;

/// <summary>A throwaway folder laid out like the kit, for the tool's file-reading parts.</summary>
internal sealed class ScratchRepo : IDisposable
{
    public ScratchRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "kata-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("Katas.sln", string.Empty);
        Write("katas.json", """
            { "grades": [ { "number": 1, "name": "callbacks" } ],
              "katas": [ { "id": "01-loop-warmup", "grade": 1, "title": "Loop warm-up", "minutes": 25 } ] }
            """);
    }

    public string Root { get; }

    /// <summary>Adds a complete kata 01: docs, a stub with a TODO, its solution and a test.</summary>
    public ScratchRepo WithCompleteKata()
    {
        Write("katas/01-loop-warmup/README.md", "# 01");
        Write("katas/01-loop-warmup/HINTS.md", "## Hint 1");
        Write("katas/01-loop-warmup/LoopWarmup.csproj", "<Project />");
        Write("katas/01-loop-warmup/WarmUp.cs", "// TODO: step 1\nthrow new NotSolvedYetException(\"step 1\");");
        Write("solutions/01-loop-warmup/LoopWarmup.csproj", "<Project />");
        Write("solutions/01-loop-warmup/WarmUp.cs", "// solved");
        Write("tests/01-loop-warmup/WarmUpTests.cs", "// tests");
        return this;
    }

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

namespace ContinuationKatas.Tool.Tests;

/// <summary>A throwaway folder laid out like the kit, for the tool's file-reading parts; optionally a git repository.</summary>
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

    public const string Stub = "// TODO: step 1\nthrow new NotSolvedYetException(\"step 1\");\n";

    public const string Solution = "// solved\nloop.Log(\"main: end\");\n";

    /// <summary>Adds a complete kata 01: docs, a stub with a TODO, its solution and a test.</summary>
    public ScratchRepo WithCompleteKata()
    {
        Write("katas/01-loop-warmup/README.md", "# 01");
        Write("katas/01-loop-warmup/HINTS.md", "# Hints\n\n## Hint 1\n\nGentle.\n\n## Hint 2\n\nNearly the answer.\n");
        Write("katas/01-loop-warmup/LoopWarmup.csproj", "<Project />");
        Write("katas/01-loop-warmup/WarmUp.cs", Stub);
        Write("solutions/01-loop-warmup/LoopWarmup.csproj", "<Project />");
        Write("solutions/01-loop-warmup/WarmUp.cs", Solution);
        Write("tests/01-loop-warmup/WarmUpTests.cs", "// tests");
        return this;
    }

    /// <summary>Makes the folder a git repository on branch main with everything committed.</summary>
    public ScratchRepo WithGit()
    {
        Write(".gitignore", "artifacts/\nbin/\nobj/\n*.backup\n*.backup.*\n");
        Git("init", "-q", "-b", "main");
        Commit("The kit");
        return this;
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the scratch repository with a fixed identity; fails the test when git fails.</summary>
    public string Git(params string[] args)
    {
        var result = Processes.Run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. args], Root);
        Assert.That(result.ExitCode, Is.Zero, $"git {string.Join(' ', args)}: {result.Error}");
        return result.Output.TrimEnd('\n');
    }

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public bool Exists(string relative) => File.Exists(Path.Combine(Root, relative));

    /// <summary>Moves a file's last write time <paramref name="by"/> into the past (results older than a file, and so on).</summary>
    public void Age(string relative, TimeSpan by)
    {
        var path = Path.Combine(Root, relative);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path) - by);
    }

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    /// <summary>Leaves test results as `dotnet test` would, for the progress-reading commands.</summary>
    public void WriteResults(string kataId, params TestResult[] results) =>
        Write($"artifacts/results/katas/{kataId}.trx", Fakes.Trx(results));

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Root, recursive: true);
    }
}

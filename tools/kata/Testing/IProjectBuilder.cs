namespace ContinuationKatas.Tool;

/// <summary>Builds a kata's project: the slow part of run and timeline, faked in the tool's tests.</summary>
internal interface IProjectBuilder
{
    /// <summary>Builds the one project in <paramref name="projectDirectory"/>; the output goes to <paramref name="log"/>.</summary>
    BuildResult Build(string projectDirectory, string log);
}

/// <summary>The outcome of a build: the assembly it made, or why it failed.</summary>
internal sealed record BuildResult(string? AssemblyPath, IReadOnlyList<string> Errors)
{
    public bool Succeeded => AssemblyPath is not null;
}

/// <summary>The real thing: `dotnet build`.</summary>
internal sealed class DotnetBuilder : IProjectBuilder
{
    public BuildResult Build(string projectDirectory, string log)
    {
        var project = KataFiles.Project(projectDirectory);
        if (project is null)
        {
            return new BuildResult(null, [$"{projectDirectory} has no .csproj file."]);
        }

        var result = Processes.Run(
            "dotnet",
            ["build", project, "--nologo", "-v", "q", "-t:Build", "-getProperty:TargetPath"],
            projectDirectory,
            log: log);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = lines.Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20).ToList();
        var assembly = lines.FirstOrDefault(line => line.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(line));
        if (result.Succeeded && assembly is not null)
        {
            return new BuildResult(assembly, []);
        }

        return new BuildResult(null, errors.Count > 0 ? errors : [$"dotnet build failed (exit code {result.ExitCode}); see {log}."]);
    }
}

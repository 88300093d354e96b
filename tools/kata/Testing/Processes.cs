using System.Diagnostics;

namespace ContinuationKatas.Tool;

/// <summary>What a finished process printed and returned.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>Starts child processes (git, dotnet) and collects what they print.</summary>
internal static class Processes
{
    /// <summary>Runs <paramref name="file"/> to the end. Output also goes, line by line, to <paramref name="log"/> when given.</summary>
    public static ProcessResult Run(
        string file,
        IEnumerable<string> args,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        string? log = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (file == "dotnet")
        {
            ForgetParentBuild(start);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new System.Text.StringBuilder();
        var error = new System.Text.StringBuilder();
        StreamWriter? writer = null;
        if (log is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(log))!);
            writer = new StreamWriter(log);
        }

        using (writer)
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start `{file}`.");
            process.StandardInput.Close();
            process.OutputDataReceived += (_, e) => Collect(output, writer, e.Data);
            process.ErrorDataReceived += (_, e) => Collect(error, writer, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
        }
    }

    /// <summary>
    /// A `dotnet` started from inside a build (the tool's tests run under `dotnet test`) must not inherit that
    /// build's MSBuild settings, or it builds with the parent's SDK paths and node reuse.
    /// </summary>
    private static void ForgetParentBuild(ProcessStartInfo start)
    {
        foreach (var name in start.Environment.Keys.Where(IsParentBuildVariable).ToList())
        {
            start.Environment.Remove(name);
        }
    }

    private static bool IsParentBuildVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static void Collect(System.Text.StringBuilder into, StreamWriter? log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (into)
        {
            into.Append(line).Append('\n');
        }

        if (log is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}

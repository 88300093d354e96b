namespace ContinuationKatas.Tool;

/// <summary>Runs git in a checkout.</summary>
internal static class Git
{
    /// <summary>Runs git and returns what it printed (trimmed), or null when git is missing or fails.</summary>
    public static string? Run(string workingDirectory, params string[] args)
    {
        var result = Exec(workingDirectory, null, args);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>Runs git with extra environment variables (e.g. GIT_INDEX_FILE); never throws when git is missing.</summary>
    public static ProcessResult Exec(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        try
        {
            return Processes.Run("git", args, workingDirectory, environment);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return new ProcessResult(127, string.Empty, $"git could not be started: {error.Message}");
        }
    }

    /// <summary>Runs git and throws <see cref="GitException"/> with git's message when it fails.</summary>
    public static string Require(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var result = Exec(workingDirectory, environment, args);
        return result.Succeeded
            ? result.Output.TrimEnd('\n')
            : throw new GitException($"git {string.Join(' ', args)} failed: {result.Error.Trim()}");
    }
}

/// <summary>A git command the tool needed failed.</summary>
internal sealed class GitException(string message) : Exception(message);

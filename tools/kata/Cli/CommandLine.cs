namespace ContinuationKatas.Tool;

/// <summary>What commands share: usage errors, finding the kata an argument names, asking for confirmation.</summary>
internal static class CommandLine
{
    /// <summary>Reports a usage error on stderr and returns exit code 2.</summary>
    public static int UsageError(CommandContext context, ICommand command, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        context.Error.WriteLine($"kata {command.Name}: {message}");
        context.Error.WriteLine($"Usage: {command.Help.Split('\n', 2)[0].Trim()}   (./kata {command.Name} --help for more)");
        return 2;
    }

    /// <summary>Finds the kata <paramref name="numberOrId"/> names, or says which katas there are.</summary>
    public static KataInfo? FindKata(CommandContext context, ICommand command, string? numberOrId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (numberOrId is null)
        {
            UsageError(context, command, "which kata? Give its number, e.g. 02.");
            return null;
        }

        var kata = context.Catalog.Find(numberOrId);
        if (kata is null)
        {
            UsageError(context, command, $"there is no kata '{numberOrId}'. The katas are {string.Join(", ", context.Catalog.Katas.Select(k => k.Code))}.");
        }

        return kata;
    }

    /// <summary>Asks a yes/no question on the context's input; only "y" or "yes" counts as yes.</summary>
    public static bool Confirm(CommandContext context, string question)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Out.Write($"{question} [y/N] ");
        context.Out.Flush();
        var answer = context.In.ReadLine()?.Trim().ToUpperInvariant();
        context.Out.WriteLine();
        return answer is "Y" or "YES";
    }

    /// <summary>A path relative to the repository, with forward slashes, for messages.</summary>
    public static string Relative(CommandContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Path.GetRelativePath(context.RepoRoot, path).Replace('\\', '/');
    }
}

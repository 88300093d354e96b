namespace ContinuationKatas.Tool;

/// <summary>What commands share: usage errors, finding the kata an argument names, asking for confirmation.</summary>
internal static class CommandLine
{
    /// <summary>Reports a usage error on stderr and returns exit code 2.</summary>
    public static int UsageError(CommandContext context, string command, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Error.WriteLine($"kata {command}: {message}");
        context.Error.WriteLine($"See ./kata {command} --help.");
        return 2;
    }

    /// <summary>Finds the kata <paramref name="numberOrId"/> names, or says which kata was likely meant and which katas there are.</summary>
    public static KataInfo? FindKata(CommandContext context, string command, string numberOrId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(numberOrId);
        var kata = context.Catalog.Find(numberOrId);
        if (kata is null)
        {
            var nearest = Nearest(context.Catalog, numberOrId);
            var suggestion = nearest.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", nearest.Select(k => $"{k.Code} ({k.Id})"))}?";
            UsageError(context, command, $"there is no kata '{numberOrId}'.{suggestion} The katas are {string.Join(", ", context.Catalog.Katas.Select(k => k.Code))}.");
        }

        return kata;
    }

    /// <summary>The katas whose id or title holds the words given ("callbacks", "state-machine", "Promise core").</summary>
    public static IReadOnlyList<KataInfo> Nearest(Catalog catalog, string numberOrId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(numberOrId);
        var words = numberOrId.Trim().ToUpperInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !word.All(char.IsAsciiDigit)).ToList();
        return words.Count == 0
            ? []
            : [.. catalog.Katas.Where(kata => words.All(word =>
                kata.Id.ToUpperInvariant().Contains(word, StringComparison.Ordinal) || kata.Title.ToUpperInvariant().Contains(word, StringComparison.Ordinal)))];
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

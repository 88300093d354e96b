namespace ContinuationKatas.Tool;

/// <summary>
/// A command's arguments: flags (--all), options with a value (--speed 10 or --speed=10) and positional words.
/// Commands declare what they accept; anything else is reported as an error.
/// </summary>
internal sealed class Args
{
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private Args(IReadOnlyList<string> positional, string? error)
    {
        Positional = positional;
        Error = error;
    }

    /// <summary>The words that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>What was wrong with the arguments, or null.</summary>
    public string? Error { get; }

    public static Args Parse(IReadOnlyList<string> args, IEnumerable<string> knownFlags, IEnumerable<string>? knownOptions = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var flagNames = knownFlags.ToHashSet(StringComparer.Ordinal);
        var optionNames = (knownOptions ?? []).ToHashSet(StringComparer.Ordinal);
        var positional = new List<string>();
        var parsedFlags = new List<string>();
        var parsedOptions = new Dictionary<string, string>(StringComparer.Ordinal);
        string? error = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positional.Add(arg);
                continue;
            }

            var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (flagNames.Contains(name) && inline is null)
            {
                parsedFlags.Add(name);
            }
            else if (optionNames.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null)
                {
                    error = $"{name} needs a value.";
                }
                else
                {
                    parsedOptions[name] = value;
                }
            }
            else
            {
                error = $"unknown option '{arg}'.";
            }
        }

        var parsed = new Args(positional, error);
        parsed.flags.UnionWith(parsedFlags);
        foreach (var (name, value) in parsedOptions)
        {
            parsed.options[name] = value;
        }

        return parsed;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public string? Option(string name) => options.GetValueOrDefault(name);
}

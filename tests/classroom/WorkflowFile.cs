namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// The steps of a GitHub Actions workflow, read line by line. No YAML package is available here, so this reads
/// the block-style subset workflows are written in: <c>steps:</c> lists, <c>key: value</c> pairs, one nested map per
/// key (<c>with:</c>, <c>env:</c>), quoted or plain scalars, <c>#</c> comments and <c>|</c>/<c>&gt;</c> block scalars.
/// Flow collections (<c>[a, b]</c>, <c>{a: b}</c>) are kept as their text.
/// </summary>
internal sealed class WorkflowFile
{
    private WorkflowFile(IReadOnlyList<WorkflowStep> steps) => Steps = steps;

    /// <summary>Every step of every job, in file order.</summary>
    public IReadOnlyList<WorkflowStep> Steps { get; }

    public IReadOnlyList<WorkflowStep> GradedSteps => [.. Steps.Where(step => step.IsGraded)];

    public static WorkflowFile Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var steps = new List<WorkflowStep>();
        StepBuilder? step = null;
        int? stepsIndent = null;
        var keyIndent = -1;
        Dictionary<string, string>? nested = null;

        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (IsBlankOrComment(line))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var text = line.Trim();
            var isItem = text.StartsWith("- ", StringComparison.Ordinal) || text == "-";

            if (stepsIndent is null || indent < stepsIndent || (indent == stepsIndent && !isItem))
            {
                // Outside a steps list: only look for the next `steps:`.
                Finish();
                stepsIndent = null;
                if (SplitKey(text) is ("steps", ""))
                {
                    stepsIndent = indent;
                }

                continue;
            }

            if (isItem && (step is null || indent < keyIndent))
            {
                Finish();
                step = new StepBuilder(index + 1);
                keyIndent = indent + 2;
                nested = null;
                text = text.Length > 1 ? text[2..].TrimStart() : string.Empty;
                indent = keyIndent;
                if (text.Length == 0)
                {
                    continue;
                }
            }

            if (step is null || SplitKey(text) is not var (key, raw))
            {
                continue;
            }

            var value = Scalar(raw, lines, ref index, indent);
            if (indent == keyIndent)
            {
                step.Keys[key] = value;
                nested = raw.Length == 0 ? step.Map(key) : null;
            }
            else if (nested is not null)
            {
                nested[key] = value;
            }
        }

        Finish();
        return new WorkflowFile(steps);

        void Finish()
        {
            if (step is not null)
            {
                steps.Add(step.Build());
            }

            step = null;
            nested = null;
        }
    }

    private static bool IsBlankOrComment(string line) => line.Trim() is { Length: 0 } or ['#', ..];

    /// <summary>Splits "key: value" (or "key:") at the first colon followed by a space or the end.</summary>
    private static (string Key, string Raw)? SplitKey(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ':' && (i == text.Length - 1 || text[i + 1] == ' '))
            {
                return (Unquote(text[..i].Trim()), text[(i + 1)..].Trim());
            }

            if (text[i] is '"' or '\'' && i == 0)
            {
                var close = text.IndexOf(text[i], 1);
                if (close < 0)
                {
                    return null;
                }

                i = close;
            }
        }

        return null;
    }

    /// <summary>The value of a scalar: unquoted, comment removed, or the lines of a block scalar.</summary>
    private static string Scalar(string raw, string[] lines, ref int index, int keyIndent)
    {
        if (raw.Length > 0 && raw[0] is '|' or '>')
        {
            var block = new List<string>();
            var blockIndent = -1;
            while (index + 1 < lines.Length)
            {
                var next = lines[index + 1];
                if (next.Trim().Length == 0)
                {
                    block.Add(string.Empty);
                    index++;
                    continue;
                }

                var indent = next.Length - next.TrimStart(' ').Length;
                if (indent <= keyIndent)
                {
                    break;
                }

                blockIndent = blockIndent < 0 ? indent : Math.Min(blockIndent, indent);
                block.Add(next);
                index++;
            }

            var separator = raw[0] == '|' ? "\n" : " ";
            return string.Join(separator, block.Select(line => line.Length > blockIndent ? line[blockIndent..] : line.Trim())).Trim();
        }

        return Unquote(raw);
    }

    private static string Unquote(string raw)
    {
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
        {
            return raw[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        if (raw.Length >= 2 && raw[0] == '\'' && raw[^1] == '\'')
        {
            return raw[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        var comment = raw.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? raw[..comment] : raw).Trim();
    }

    private sealed class StepBuilder(int line)
    {
        private readonly Dictionary<string, Dictionary<string, string>> maps = new(StringComparer.Ordinal);

        public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Map(string key)
        {
            if (!maps.TryGetValue(key, out var map))
            {
                map = new Dictionary<string, string>(StringComparer.Ordinal);
                maps[key] = map;
            }

            return map;
        }

        public WorkflowStep Build() => new(line, Keys, Map("with"), Map("env"));
    }
}

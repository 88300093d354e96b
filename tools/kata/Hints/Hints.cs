using System.Globalization;
using System.Text.RegularExpressions;

namespace ContinuationKatas.Tool;

/// <summary>
/// A kata's hints, from its HINTS.md (`## Hint 1`, `## Hint 2`, … sections, gentle to nearly the answer),
/// and how many of them the learner has seen (artifacts/hints/, which git ignores).
/// </summary>
internal static partial class Hints
{
    /// <summary>The text of each hint, in order.</summary>
    public static IReadOnlyList<string> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var headings = HintHeading().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal));
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hints = new List<string>();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Index + headings[i].Length;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            hints.Add(text[start..end].Trim('\n', ' '));
        }

        return hints;
    }

    public static string File(string repoRoot, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return Path.Combine(repoRoot, "katas", kata.Id, "HINTS.md");
    }

    /// <summary>How many hints of <paramref name="kata"/> the learner has seen.</summary>
    public static int Seen(string repoRoot, KataInfo kata)
    {
        var state = StateFile(repoRoot, kata);
        return System.IO.File.Exists(state) && int.TryParse(System.IO.File.ReadAllText(state).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seen)
            ? seen
            : 0;
    }

    public static void MarkSeen(string repoRoot, KataInfo kata, int seen)
    {
        var state = StateFile(repoRoot, kata);
        Directory.CreateDirectory(Path.GetDirectoryName(state)!);
        System.IO.File.WriteAllText(state, seen.ToString(CultureInfo.InvariantCulture) + "\n");
    }

    public static void Reset(string repoRoot, KataInfo kata)
    {
        var state = StateFile(repoRoot, kata);
        if (System.IO.File.Exists(state))
        {
            System.IO.File.Delete(state);
        }
    }

    private static string StateFile(string repoRoot, KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return Path.Combine(repoRoot, "artifacts", "hints", kata.Id + ".seen");
    }

    [GeneratedRegex(@"^##[ \t]+Hint[ \t]+\d+[^\n]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex HintHeading();
}

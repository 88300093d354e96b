using System.Text.RegularExpressions;

namespace ContinuationKatas.Classroom.Tests;

/// <summary>One graded test as a grading file declares it: a workflow step, or an autograding.json entry.</summary>
/// <param name="Name">The name Classroom shows (test-name / name).</param>
/// <param name="Command">What it runs (command / run).</param>
/// <param name="Setup">What it runs first (setup-command / setup); empty when nothing.</param>
/// <param name="TimeoutMinutes">Its time limit in minutes, or null when missing or not a number.</param>
/// <param name="Points">What it is worth (max-score / points), or null when missing or not a number.</param>
/// <param name="StepId">The workflow step's id; null in autograding.json.</param>
internal sealed partial record GradedItem(string Name, string Command, string Setup, int? TimeoutMinutes, int? Points, string? StepId = null)
{
    /// <summary>The kata folder the command tests, or null when the command is not `dotnet test tests/&lt;folder&gt;`.</summary>
    public string? KataId => KataCommand().Match(Command) is { Success: true } match ? match.Groups["id"].Value : null;

    public static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    [GeneratedRegex(@"^dotnet test tests/(?<id>[A-Za-z0-9][A-Za-z0-9._-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KataCommand();
}

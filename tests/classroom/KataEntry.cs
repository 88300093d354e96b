using System.Text.Json;

namespace ContinuationKatas.Classroom.Tests;

/// <summary>One kata as katas.json lists it, with the names its graded item uses.</summary>
internal sealed record KataEntry(string Id, string Title)
{
    /// <summary>The two digits the id starts with, e.g. "02".</summary>
    public string Code => Id[..2];

    /// <summary>The command that grades the kata: its tests, against the learner's katas/ (the default set).</summary>
    public string Command => $"dotnet test tests/{Id}";

    /// <summary>The workflow step id, e.g. "kata-02-callbacks"; the reporter reads KATA-02-CALLBACKS_RESULTS.</summary>
    public string StepId => $"kata-{Id}";

    /// <summary>The graded item's name, e.g. "Kata 02 - Callbacks".</summary>
    public string TestName => $"Kata {Code} - {Title}";

    /// <summary>Reads the "katas" array of katas.json, in ladder order.</summary>
    public static IReadOnlyList<KataEntry> Parse(string katasJson)
    {
        using var document = JsonDocument.Parse(katasJson);
        return [.. document.RootElement.GetProperty("katas").EnumerateArray().Select(kata => new KataEntry(
            kata.GetProperty("id").GetString() ?? throw new InvalidDataException("A kata in katas.json has no id."),
            kata.TryGetProperty("title", out var title) ? title.GetString() ?? string.Empty : string.Empty))];
    }
}

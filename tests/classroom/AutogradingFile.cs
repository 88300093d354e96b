using System.Text.Json;

namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// .github/classroom/autograding.json, the format older Classroom assignments read (education/autograding):
/// <c>{ "tests": [ { "name", "setup", "run", "input", "output", "comparison", "timeout", "points" } ] }</c>,
/// timeout in minutes.
/// </summary>
internal static class AutogradingFile
{
    public static IReadOnlyList<GradedItem> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("tests").EnumerateArray().Select(test => new GradedItem(
            Text(test, "name"),
            Text(test, "run"),
            Text(test, "setup"),
            Integer(test, "timeout"),
            Integer(test, "points")))];
    }

    private static string Text(JsonElement test, string name) =>
        test.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static int? Integer(JsonElement test, string name) =>
        test.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContinuationKatas.Tool;

/// <summary>Progress as JSON, for `kata report --json` and `kata class --json`.</summary>
internal static class ProgressJson
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The status words the JSON uses.</summary>
    public static string StatusName(KataStatus status) => status switch
    {
        KataStatus.Solved => "solved",
        KataStatus.Failing => "failing",
        KataStatus.NotStarted => "not-started",
        KataStatus.Changed => "changed",
        _ => "no-results",
    };

    /// <summary>Writes {"solved":…,"total":…,"katas":[…]} for one learner's progress.</summary>
    public static void WriteSummary(Utf8JsonWriter json, Catalog catalog, IReadOnlyList<KataProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(progress);
        json.WriteNumber("solved", progress.Count(p => p.Status == KataStatus.Solved));
        json.WriteNumber("total", progress.Count);
        json.WriteStartArray("katas");
        foreach (var kata in progress)
        {
            WriteKata(json, catalog, kata);
        }

        json.WriteEndArray();
    }

    public static void WriteKata(Utf8JsonWriter json, Catalog catalog, KataProgress kata)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(kata);
        json.WriteStartObject();
        json.WriteString("id", kata.Kata.Id);
        json.WriteString("title", kata.Kata.Title);
        json.WriteNumber("grade", kata.Kata.Grade);
        json.WriteString("gradeName", catalog.GradeName(kata.Kata.Grade));
        json.WriteString("status", StatusName(kata.Status));
        json.WriteNumber("passed", kata.Passed);
        json.WriteNumber("tests", kata.Total);
        json.WriteStartArray("failing");
        foreach (var failure in kata.Failures)
        {
            json.WriteStartObject();
            json.WriteString("name", failure.Name);
            json.WriteString("message", FirstLine(failure.Message));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A failure's first line, without NUnit's "OneTimeSetUp: " (every test of an untouched stub has it).</summary>
    public static string FirstLine(string? message) =>
        message is null ? string.Empty : message.Replace("OneTimeSetUp: ", string.Empty, StringComparison.Ordinal).Trim().Split('\n', 2)[0].Trim();

    /// <summary>Runs <paramref name="write"/> inside a top-level object and returns the JSON text.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}

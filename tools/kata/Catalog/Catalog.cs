using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContinuationKatas.Tool;

/// <summary>The ladder as katas.json lists it.</summary>
internal sealed record Catalog(IReadOnlyList<Grade> Grades, IReadOnlyList<KataInfo> Katas)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static Catalog Load(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "katas.json");
        var file = JsonSerializer.Deserialize<CatalogFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new Catalog(file.Grades ?? [], file.Katas ?? []);
    }

    /// <summary>Finds a kata by its number ("2", "02") or id ("02-callbacks").</summary>
    public KataInfo? Find(string numberOrId)
    {
        var wanted = numberOrId.Trim();
        return Katas.FirstOrDefault(kata =>
            kata.Id == wanted ||
            (int.TryParse(wanted, out var number) && kata.Number == number));
    }

    public string GradeName(int grade) => Grades.FirstOrDefault(g => g.Number == grade)?.Name ?? $"grade {grade}";

    private sealed record CatalogFile(
        [property: JsonPropertyName("grades")] List<Grade>? Grades,
        [property: JsonPropertyName("katas")] List<KataInfo>? Katas);
}

namespace ContinuationKatas.Tool;

/// <summary>One kata of the ladder, as katas.json lists it.</summary>
internal sealed record KataInfo(string Id, int Grade, string Title, int Minutes)
{
    /// <summary>The kata's number, from the first two characters of its id.</summary>
    public int Number => int.Parse(Id.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    public string Code => Id[..2];

    public string Readme => $"katas/{Id}/README.md";
}

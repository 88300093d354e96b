namespace ContinuationKatas.Tool;

/// <summary>One kata of the ladder, as katas.json lists it.</summary>
/// <param name="Id">The folder name, e.g. "02-callbacks".</param>
/// <param name="Grade">The grade it belongs to.</param>
/// <param name="Title">Its name for people.</param>
/// <param name="Minutes">About how long it takes.</param>
/// <param name="Program">
/// The program `kata run` and `kata timeline` start, as "Namespace.Type.Method" (e.g. "Katas.Callbacks.DogPig.Main");
/// optional: without it, the kata's one public static Main(EventLoop).
/// </param>
internal sealed record KataInfo(string Id, int Grade, string Title, int Minutes, string? Program = null)
{
    /// <summary>The kata's number, from the first two characters of its id.</summary>
    public int Number => int.Parse(Id.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    public string Code => Id[..2];

    public string Readme => $"katas/{Id}/README.md";
}

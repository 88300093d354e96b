namespace ContinuationKatas.Tool;

/// <summary>A grade of the ladder: callbacks, promises, …</summary>
internal sealed record Grade(int Number, string Name);

namespace Katas.CustomBuilder.Tests;

/// <summary>The names the failures give a builder's mistakes.</summary>
internal static class BuilderMistakes
{
    /// <summary><c>Task => new Promise…</c>: every read makes another promise, and the caller's is never settled.</summary>
    public const string NewPromiseAtEveryRead = "Your builder's Task is a new promise at every read";

    /// <summary>The builder never resumed the machine, or resumed it the wrong way.</summary>
    public const string NotSubscribed = "Your builder did not subscribe the machine to the awaiter";
}

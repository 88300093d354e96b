namespace Katas.CustomBuilder;

/// <summary>
/// How the tests watch your builder: every member of <see cref="PromiseMethodBuilder{T}"/> starts with
/// <c>BuilderTrace.Called(…)</c>, and a test that sets <see cref="Listener"/> sees the compiler's calls in order.
/// Given: you do not edit it.
/// </summary>
public static class BuilderTrace
{
    [ThreadStatic]
    private static Action<string>? listener;

    /// <summary>Hears each builder call made on this thread (the loop's), or nobody when <see langword="null"/>.</summary>
    public static Action<string>? Listener
    {
        get => listener;
        set => listener = value;
    }

    /// <summary>Tells the <see cref="Listener"/>, if any, that the compiler called <paramref name="member"/>.</summary>
    public static void Called(string member) => listener?.Invoke(member);
}

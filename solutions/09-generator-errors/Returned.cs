namespace Katas.GeneratorErrors;

/// <summary>
/// This kata's <c>return value;</c>: the last thing an iterator yields (made by <see cref="Co.Return{T}"/>). A C#
/// iterator cannot return a value (CS1622), so it yields its result, and the runner fulfils its promise with it.
/// </summary>
/// <typeparam name="T">The type of the result.</typeparam>
public sealed class Returned<T>
{
    internal Returned(T value) => Value = value;

    /// <summary>The result the runner's promise is fulfilled with.</summary>
    public T Value { get; }

    /// <summary>"Return(🐶🐷)".</summary>
    public override string ToString() => $"Return({Value})";
}

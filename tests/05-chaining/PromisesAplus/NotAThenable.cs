namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>An object with a member called Then that is no thenable: in A+ terms, "then is not a function" (2.3.3.4).</summary>
public sealed class NotAThenable
{
    /// <summary>Something called Then, but not IThenable's method.</summary>
    public int Then { get; } = 42;

    /// <inheritdoc />
    public override string ToString() => "NotAThenable";
}

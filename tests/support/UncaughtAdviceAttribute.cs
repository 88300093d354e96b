namespace ContinuationKatas.Testing;

/// <summary>
/// Names the <see cref="IUncaughtAdvice"/> of a kata's test assembly:
/// <c>[assembly: UncaughtAdvice(typeof(ChainingAdvice))]</c>. The type needs a public parameterless constructor.
/// </summary>
/// <param name="adviser">A type that implements <see cref="IUncaughtAdvice"/>.</param>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class UncaughtAdviceAttribute(Type adviser) : Attribute
{
    /// <summary>The type that gives the advice.</summary>
    public Type Adviser { get; } = adviser;
}

namespace ContinuationKatas.Runtime.Cps;

/// <summary>
/// What a CPS function returns instead of calling on: the next thing to run. Only the <see cref="Trampoline"/> runs
/// steps, one at a time from its own loop, so a CPS program never piles calls on the stack however often it jumps.
/// A step nobody returns to the trampoline never runs.
/// </summary>
public sealed class Step
{
    private readonly Func<Step>? next;

    internal Step(Func<Step> next) => this.next = next;

    private Step()
    {
    }

    /// <summary>
    /// The program waits: the trampoline stops here, and the program goes on only when a loop callback (a timer, say)
    /// hands its next step to <see cref="Trampoline.Resume"/>.
    /// </summary>
    public static Step Wait { get; } = new();

    /// <summary>The program has ended: what its exit continuation returns.</summary>
    internal static Step End { get; } = new();

    /// <summary>Whether the trampoline stops at this step: the program waits or has ended.</summary>
    internal bool Stops => next is null;

    /// <summary>
    /// A jump to <paramref name="continuation"/> with <paramref name="value"/>, taken by the trampoline as a step of its
    /// own. The same as returning <c>continuation(value)</c>, one step later.
    /// </summary>
    public static Step Jump<T>(Continuation<T> continuation, T value)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        return new Step(() => continuation(value));
    }

    /// <summary>Runs this step: whatever it does, and the step it leads to.</summary>
    internal Step? Take() => next!();
}

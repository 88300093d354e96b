namespace ContinuationKatas.Runtime;

/// <summary>What kind of callback an <see cref="EventLoop"/> ran (see <see cref="CallbackRecord"/>).</summary>
public enum CallbackKind
{
    /// <summary>The program's main function, which the loop calls once, at the start of the run.</summary>
    Main,

    /// <summary>A timer's callback: <see cref="EventLoop.SetTimeout"/>, or a timer of <see cref="EventLoop.TimeProvider"/>.</summary>
    Timer,

    /// <summary>A microtask: <see cref="EventLoop.QueueMicrotask"/>, or a continuation posted on the loop's thread.</summary>
    Microtask,

    /// <summary>Work posted to the loop from another thread.</summary>
    Posted,
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.GeneratorErrors.Tests;

/// <summary>The mistakes that make a finally run too rarely or too often, recognised in a transcript.</summary>
internal static class FinallyMistakes
{
    /// <summary>The abandoned program: an iterator stopped early whose finally never ran.</summary>
    public static readonly Diagnosis ForgetsToDispose = new(
        transcript => (transcript.Count("abandoned: rejected with 💥") > 0 && transcript.Count("abandoned: finally") == 0) ||
                      (transcript.Count("normal: finished with 🐶🐷") > 0 && transcript.Count("normal: finally") == 0),
        "The runner forgets to dispose an abandoned iterator: it stopped the iterator at a yield inside try/finally (after a " +
        "Return, or at a rejection it does not catch), settled its promise, and left it there, so the finally never ran. A " +
        "C# iterator runs the finally blocks around a suspended yield only when it is disposed: call iterator.Dispose() " +
        "before you settle (step 1). JavaScript's runner does the same with generator.throw and generator.return.");

    /// <summary>Any program whose finally logs "finally" (or "NAME: finally"), run more than once.</summary>
    public static Diagnosis FinallyTwice(string line) => new(
        transcript => transcript.Count(line) > 1,
        $"finally ran twice: \"{line}\" was logged more than once. It must run exactly once, when c really ends. Keep ONE " +
        "try/finally around all the yields (a yield may sit in a try that has only a finally; CS1626 forbids only a try " +
        "with a catch), and put only the reads of the outcomes in try/catch blocks of their own.");
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.CustomAwaiter.Tests;

/// <summary>The mistakes an awaiter makes, named from what the program printed.</summary>
internal static class AwaiterMistakes
{
    /// <summary>The continuation ran inside the await (C#'s way for a completed awaiter), before the method returned.</summary>
    public const string Inline = "Your awaiter ran the continuation inline";

    /// <summary>The continuation waited an extra turn (a promise in between, or a microtask of its own).</summary>
    public const string TwoTurns = "Your await took more than one microtask turn";

    /// <summary>The continuation ran on a thread other than the loop's.</summary>
    public const string OtherThread = "Your awaiter continues on another thread";

    /// <summary>GetResult threw something other than the rejection reason.</summary>
    public const string Wrapped = "GetResult wraps the exception";

    /// <summary>GetResult threw the reason, but with a fresh stack trace.</summary>
    public const string StackLost = "GetResult lost the reason's stack trace";

    /// <summary>For <see cref="AwaitOrder"/>'s program: c awaits a settled promise while a three-step Then chain runs.</summary>
    public static Diagnosis[] ForOrder() =>
    [
        new(t => Before(t, AwaitOrder.AfterPrefix, "main: end"),
            $"{Inline}: \"{AwaitOrder.After}\" came before \"main: end\", so c() went on past its await without suspending. That is " +
            "C#'s rule (IsCompleted true: run straight on), not JavaScript's: await always suspends, even on a settled promise, and " +
            "resumes one microtask later. Return false from IsCompleted, and let OnCompleted subscribe to the promise (steps 2 and 3)."),
        new(t => Before(t, "then 2", AwaitOrder.AfterPrefix),
            $"{TwoTurns}: \"{AwaitOrder.After}\" came after \"then 2\". Node's await on a settled promise costs exactly one turn: " +
            "c() resumes right after \"then 1\". Subscribe the continuation itself as the promise's reaction, ((IThenable<T>)promise).Then(…, …), " +
            "with no Then(…).Then(…), no promise in between and no QueueMicrotask of your own (step 3)."),
    ];

    /// <summary>For the 💥 program: c()'s catch must see 💥 itself.</summary>
    public static Diagnosis[] ForBoom() =>
    [
        new(t => t.Lines.Any(line => line.Text.StartsWith("catch ", StringComparison.Ordinal) && line.Text != "catch 💥"),
            $"{Wrapped}: c()'s catch got something other than 💥 (see the \"catch …\" line). GetResult must throw the rejection reason " +
            "itself, not an AggregateException or an exception of its own around it: ExceptionDispatchInfo.Throw(reason) (step 4)."),
        new(t => t.Count("catch 💥") == 0 && t.Count("finally") == 0,
            "Nothing was caught and no finally ran: c() never resumed after the rejection. OnCompleted must resume the method when the " +
            "promise is rejected too, and GetResult must then throw the reason (steps 3 and 4)."),
    ];

    /// <summary>The named mistakes in <paramref name="transcript"/>, one per line, as the lead of a failure message.</summary>
    public static string Named(Transcript transcript, Diagnosis[] diagnoses) =>
        string.Concat(Scenarios.Explain(transcript, diagnoses).Select(explanation => explanation + "\n"));

    // Does a line starting with `first` come before one starting with `second`?
    private static bool Before(Transcript transcript, string first, string second)
    {
        var texts = transcript.Lines.Select(line => line.Text).ToList();
        var a = texts.FindIndex(text => text.StartsWith(first, StringComparison.Ordinal));
        var b = texts.FindIndex(text => text.StartsWith(second, StringComparison.Ordinal));
        return a >= 0 && b >= 0 && a < b;
    }
}

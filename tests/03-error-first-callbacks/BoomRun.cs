using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.ErrorFirstCallbacks.Tests;

/// <summary>An operation for <see cref="DogBoom.C"/>: after <paramref name="DelayMs"/> it calls back with (Error, Value).</summary>
internal sealed record Operation(long DelayMs, Exception? Error, string? Value)
{
    public override string ToString() => Error is null ? $"\"{Value}\" at {DelayMs} ms" : $"error {Error.Message} at {DelayMs} ms";
}

/// <summary>The shape of <see cref="DogBoom.C"/>.</summary>
internal delegate void CFunction(
    EventLoop loop,
    Action<Action<Exception?, string?>> startFirst,
    Action<Action<Exception?, string?>> startSecond,
    Action<Exception?, string?> done);

/// <summary>One call of c's done callback, and how many of c's lines had been logged before it.</summary>
internal sealed record DoneCall(long AtMs, Exception? Error, string? Value, int LinesBefore)
{
    public override string ToString() => $"at {AtMs} ms with ({Error?.Message ?? "null"}, {(Value is null ? "null" : $"\"{Value}\"")})";
}

/// <summary>
/// One run of c with two operations: the lines c logged and every call of done, which does not stop the run
/// at a second call. <see cref="Mistake"/> reads them and names what went wrong before any exact assertion does.
/// </summary>
internal sealed partial class BoomRun
{
    private BoomRun(Operation first, Operation second, IReadOnlyList<TranscriptLine> lines, IReadOnlyList<DoneCall> doneCalls, IReadOnlyList<(string Which, long AtMs)>? starts = null)
    {
        First = first;
        Second = second;
        Lines = lines;
        DoneCalls = doneCalls;
        Starts = starts;
    }

    public Operation First { get; }

    public Operation Second { get; }

    /// <summary>What c logged: "catch …" and "finally" lines.</summary>
    public IReadOnlyList<TranscriptLine> Lines { get; }

    public IReadOnlyList<DoneCall> DoneCalls { get; }

    /// <summary>When each operation was started ("first" or "second"); unknown for a run of the kata's Main.</summary>
    public IReadOnlyList<(string Which, long AtMs)>? Starts { get; }

    /// <summary>When c finishes: in await order, at the first error, or when both values are in.</summary>
    public long FinishMs => First.Error is null ? Math.Max(First.DelayMs, Second.DelayMs) : First.DelayMs;

    /// <summary>The error c catches, in await order, or <see langword="null"/> if both succeed.</summary>
    public Exception? Caught => First.Error ?? Second.Error;

    /// <summary>What c finishes with: the joined values, or no value after a catch.</summary>
    public string? Result => Caught is null ? First.Value + Second.Value : null;

    /// <summary>Runs <paramref name="c"/> (the kata's C unless given) with <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static BoomRun Of(Operation first, Operation second, CFunction? c = null)
    {
        var lines = new List<TranscriptLine>();
        var calls = new List<DoneCall>();
        var starts = new List<(string Which, long AtMs)>();
        c ??= DogBoom.C;
        KataRun.Run(
            loop => c(
                loop,
                callback =>
                {
                    starts.Add(("first", loop.Now));
                    loop.SetTimeout(() => callback(first.Error, first.Value), first.DelayMs);
                },
                callback =>
                {
                    starts.Add(("second", loop.Now));
                    loop.SetTimeout(() => callback(second.Error, second.Value), second.DelayMs);
                },
                (error, value) => calls.Add(new DoneCall(loop.Now, error, value, lines.Count))),
            new LoopOptions { OnLine = lines.Add });
        return new BoomRun(first, second, lines, calls, starts);
    }

    /// <summary>
    /// Reads the run of the kata's Main: its "c: finished with …" and "c: failed with …" lines are the calls of done.
    /// </summary>
    public static BoomRun OfProgram(Transcript transcript, Operation first, Operation second)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var lines = new List<TranscriptLine>();
        var calls = new List<DoneCall>();
        foreach (var line in transcript.Lines.Where(line => !line.Text.StartsWith("main: ", StringComparison.Ordinal)))
        {
            if (line.Text.StartsWith("c: failed with ", StringComparison.Ordinal))
            {
                calls.Add(new DoneCall(line.TimeMs, new InvalidOperationException(line.Text["c: failed with ".Length..]), null, lines.Count));
            }
            else if (line.Text.StartsWith("c: finished with ", StringComparison.Ordinal))
            {
                var value = line.Text["c: finished with ".Length..];
                calls.Add(new DoneCall(line.TimeMs, null, value == "no value" ? null : value, lines.Count));
            }
            else
            {
                lines.Add(line);
            }
        }

        return new BoomRun(first, second, lines, calls);
    }

    /// <summary>
    /// The first recognisable mistake, with the data that shows it, or <see langword="null"/>: finally or done
    /// more than once, more than one catch, a wrong catch, a missing or mistimed finally, a wrong done.
    /// </summary>
    public string? Mistake() =>
        WrongStart() ?? FinallyMoreThanOnce() ?? DoneMoreThanOnce() ?? CaughtMoreThanOnce() ?? WrongCatch() ?? WrongFinally() ?? WrongDone();

    private string? FinallyMoreThanOnce()
    {
        var finallies = Indices("finally");
        if (finallies.Count < 2)
        {
            return null;
        }

        var times = finallies.Count == 2 ? "twice" : $"{finallies.Count} times";
        var at = finallies.Select(index => $"{Lines[index].TimeMs} ms").ToList();
        var when = at.Count == 2 ? $"{at[0]} and again at {at[1]}" : string.Join(", ", at);
        var what = $"\"finally\" was logged at {when}: " +
            $"finally ran {times} — it must run exactly once, when c finishes, whichever way it finishes.";

        // c finishes once: with its first done call, or (without one) when it should.
        var finishedAtMs = DoneCalls.Count > 0 ? DoneCalls[0].AtMs : FinishMs;
        var early = Lines[finallies[0]];
        if (early.TimeMs < finishedAtMs)
        {
            return $"{what} It ran at {At(early.TimeMs)}, before c had finished at {finishedAtMs} ms. → Log \"finally\" only in " +
                "the one local function that finishes c (your Finish), right before done — not each time an outcome arrives.";
        }

        // Everything after c's first finally and first done call ran after c had finished.
        var finishedAfter = Math.Max(finallies[0] + 1, DoneCalls.Count > 0 ? DoneCalls[0].LinesBefore : 0);
        var again = Lines.Skip(finishedAfter).ToList();
        if (!again.Any(line => line.Text == "finally"))
        {
            return $"{what} → Log \"finally\" once, in the one local function that finishes c (your Finish), right before done.";
        }

        var ranAgain = Lines.Select((line, index) => (Position: (2 * index) + 1, Text: $"\"{line.Text}\" at {line.TimeMs} ms"))
            .Concat(DoneCalls.Skip(1).Select(call => (Position: 2 * call.LinesBefore, Text: $"done {call}")))
            .Where(step => step.Position >= 2 * finishedAfter)
            .OrderBy(step => step.Position)
            .Select(step => step.Text);
        return $"{what} c had finished at {finishedAtMs} ms, but at {At(again[0].TimeMs)}, it ran again: " +
            $"{string.Join(", ", ranAgain)}. → Set a `finished` flag in your finally, and return at the top of Step when it " +
            "is set: nothing runs after c has finished.";
    }

    private string? DoneMoreThanOnce()
    {
        if (DoneCalls.Count < 2)
        {
            return null;
        }

        var times = DoneCalls.Count == 2 ? "twice" : $"{DoneCalls.Count} times";
        return $"done was called {times}: first {DoneCalls[0]}, then {string.Join(", then ", DoneCalls.Skip(1))}. c finishes exactly " +
            "once, so done is called exactly once. → Call done only from your finally function, and return at the top of Step " +
            "once c has finished (a `finished` flag).";
    }

    private string? CaughtMoreThanOnce()
    {
        var catches = Lines.Where(line => line.Text.StartsWith("catch ", StringComparison.Ordinal)).ToList();
        if (catches.Count < 2)
        {
            return null;
        }

        return $"c logged {string.Join(" and ", catches.Select(line => $"\"{line.Text}\" at {line.TimeMs} ms"))}: it caught " +
            $"{catches.Count} errors, but c stops at the first one: after catch and finally it has finished, and it ignores what " +
            "arrives after that. → Return at the top of Step once c has finished.";
    }

    private string? WrongCatch()
    {
        var caught = Lines.FirstOrDefault(line => line.Text.StartsWith("catch ", StringComparison.Ordinal));
        if (Caught is null)
        {
            return caught.Text is null ? null
                : $"c logged \"{caught.Text}\" at {caught.TimeMs} ms, although both operations succeeded ({First}, {Second}): " +
                    "there was nothing to catch. → Log \"catch \" only for an outcome whose Error is set.";
        }

        var expected = "catch " + Caught.Message;
        var failing = First.Error is null ? Second : First;
        if (caught.Text is null)
        {
            var escaped = DoneCalls.FirstOrDefault(call => call.Error is not null);
            return escaped is not null
                ? $"The error escaped c: done was called {escaped}, and nothing was caught. The JavaScript's catch logs the error " +
                    $"and swallows it, so c finishes normally, with no value. → Log \"{expected}\", run your finally, then call done(null, null)."
                : $"Nothing was caught: the operation that fails ({failing}) should make c log \"{expected}\" at {FinishMs} ms. " +
                    "→ When c gets to an outcome with an Error, log \"catch \" + error.Message.";
        }

        if (caught.Text != expected)
        {
            return $"c logged \"{caught.Text}\", but in await order the first error is {First.Error?.Message ?? Second.Error?.Message}. " +
                "→ Look at the first outcome before the second: c awaits the first operation first.";
        }

        if (caught.TimeMs != FinishMs)
        {
            var why = caught.TimeMs == failing.DelayMs && failing == Second
                ? $"when the second operation failed, but c is still awaiting the first one until {First.DelayMs} ms: " +
                    "the error is seen only after that. → Act in await order, not arrival order: do nothing until the first " +
                    "outcome is in (in JavaScript this early rejection is the \"unhandled\" one of grade 2)."
                : $"but c gets to that error at {FinishMs} ms. → Act in await order: the first outcome, then the second.";
            return $"c logged \"{caught.Text}\" at {caught.TimeMs} ms, {why}";
        }

        return null;
    }

    private string? WrongFinally()
    {
        var finallies = Indices("finally");
        if (finallies.Count == 0)
        {
            var way = Caught is null ? "when the second value is in" : "after the catch";
            return $"\"finally\" was never logged: c finishes at {FinishMs} ms, {way}, and its finally runs on every way out. " +
                "→ Log \"finally\" in one local function that both paths (success and catch) go through, right before done.";
        }

        var atMs = Lines[finallies[0]].TimeMs;
        if (atMs != FinishMs)
        {
            return $"\"finally\" was logged at {At(atMs)}, but c finishes at {FinishMs} ms. " +
                "→ Run your finally only when c finishes: after the catch, or when both values are in.";
        }

        return null;
    }

    private string? WrongDone()
    {
        if (DoneCalls.Count == 0)
        {
            return $"done was never called, although \"finally\" was logged: c always finishes, and here it finishes with " +
                $"(null, {(Result is null ? "null" : $"\"{Result}\"")}). → Call done right after logging \"finally\".";
        }

        var call = DoneCalls[0];
        var finallyIndex = Indices("finally")[0];
        if (call.LinesBefore <= finallyIndex)
        {
            return $"done was called {call}, before \"finally\" was logged: c finishes only after its finally block has run. " +
                "→ Log \"finally\" first, then call done.";
        }

        if (call.Error is not null)
        {
            return $"done was called {call}: the error escaped c, but the catch swallows it, so c finishes normally. " +
                "→ Call done(null, null) after a catch.";
        }

        if (call.Value != Result)
        {
            var how = Caught is null ? $"first.Value + second.Value, \"{Result}\" (in await order)" : "no value, null, after a catch";
            return $"done was called {call}: c finishes with {how}. → Pass that to done.";
        }

        if (call.AtMs != FinishMs)
        {
            return $"done was called {call}, but c finishes at {FinishMs} ms. → Call done from your finally, when c finishes.";
        }

        return null;
    }

    /// <summary>A time, and which outcome arrived then: "500 ms, when the second operation's outcome (…) arrived".</summary>
    private string At(long timeMs)
    {
        var arrived = new[] { (Name: "first", Operation: First), (Name: "second", Operation: Second) }
            .Where(op => op.Operation.DelayMs == timeMs)
            .Select(op => $"the {op.Name} operation's outcome ({op.Operation})")
            .ToList();
        return arrived.Count == 0 ? $"{timeMs} ms" : $"{timeMs} ms, when {string.Join(" and ", arrived)} arrived";
    }

    private List<int> Indices(string text) =>
        [.. Lines.Select((line, index) => (line, index)).Where(pair => pair.line.Text == text).Select(pair => pair.index)];
}

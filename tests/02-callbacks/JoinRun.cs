using ContinuationKatas.Testing;

namespace Katas.Callbacks.Tests;

/// <summary>
/// One run of <see cref="DogPig.C"/> with a dog and a pig operation of the given delays. It records when
/// each operation was started and every call of done, and does not stop at a second call, so that a
/// failure can say what really happened before it says what was expected.
/// </summary>
internal sealed class JoinRun
{
    private const string Expected = "🐶🐷";

    private JoinRun(long dogMs, long pigMs)
    {
        DogMs = dogMs;
        PigMs = pigMs;
    }

    /// <summary>How long the dog operation takes once started.</summary>
    public long DogMs { get; }

    /// <summary>How long the pig operation takes once started.</summary>
    public long PigMs { get; }

    /// <summary>Each start of an operation: which one, and when.</summary>
    public List<(string What, long AtMs)> Starts { get; } = [];

    /// <summary>Each call of done: when, and with what.</summary>
    public List<(long AtMs, string Value)> DoneCalls { get; } = [];

    /// <summary>When done should be called: when the later result arrives, both having started at 0.</summary>
    public long JoinMs => Math.Max(DogMs, PigMs);

    /// <summary>Runs <paramref name="c"/> (the kata's C unless given) with a 🐶 operation of <paramref name="dogMs"/> and a 🐷 operation of <paramref name="pigMs"/>.</summary>
    public static JoinRun Of(long dogMs, long pigMs, Action<Action<Action<string>>, Action<Action<string>>, Action<string>>? c = null)
    {
        var run = new JoinRun(dogMs, pigMs);
        c ??= DogPig.C;
        KataRun.Run(loop => c(
            callback =>
            {
                run.Starts.Add(("🐶", loop.Now));
                loop.SetTimeout(() => callback("🐶"), dogMs);
            },
            callback =>
            {
                run.Starts.Add(("🐷", loop.Now));
                loop.SetTimeout(() => callback("🐷"), pigMs);
            },
            value => run.DoneCalls.Add((loop.Now, value))));
        return run;
    }

    /// <summary>What went wrong with starting the operations, or <see langword="null"/> if both started once, at 0 ms.</summary>
    public string? StartMistake()
    {
        foreach (var what in new[] { "🐶", "🐷" })
        {
            var times = Starts.Where(start => start.What == what).Select(start => start.AtMs).ToList();
            var call = what == "🐶" ? "startDog" : "startPig";
            if (times.Count == 0)
            {
                return $"C never started the {what} operation ({call} was not called): without it, its result never comes " +
                    $"→ call {call}(...) in C, straight away, next to the other start.";
            }

            if (times.Count > 1)
            {
                return $"C started the {what} operation {times.Count} times (at {Ms(times)}): each operation must run exactly once " +
                    $"→ call {call}(...) once, in C itself.";
            }
        }

        if (Starts.FirstOrDefault(start => start.AtMs > 0) is { What: not null } late)
        {
            var (other, otherMs) = late.What == "🐶" ? ("🐷", PigMs) : ("🐶", DogMs);
            var when = late.AtMs == otherMs ? $", the moment {other} arrived," : "";
            var done = DoneCalls.Count > 0 ? $", so done came at {Ms(DoneCalls.Select(call => call.AtMs))} instead of {JoinMs} ms" : "";
            return $"{late.What} was started at {late.AtMs} ms{when} not at 0 ms{done}: you started the second operation only " +
                "after the first finished (started the second timer too late), as happens when one start is nested inside the " +
                "other's callback → call startDog(...) and startPig(...) one after the other in C, so both run side by side " +
                "from 0 ms, and join the results in their callbacks.";
        }

        return null;
    }

    /// <summary>
    /// What went wrong with done, or <see langword="null"/> if nothing recognisable did: the first of a late
    /// start (the done time is the sum of both delays), no call, more than one call, a call before both
    /// results were in, and a swapped result.
    /// </summary>
    public string? DoneMistake()
    {
        var arrivals = $"🐶 arrived at {DogMs} ms and 🐷 at {PigMs} ms";
        if (DoneCalls.Count == 0)
        {
            return $"done was never called, although {arrivals}: C never noticed that both results were in → in each " +
                "operation's callback, store the value, then check whether the other one is in too; when both are, call done(dog + pig).";
        }

        if (DoneCalls.Count > 1)
        {
            var times = DoneCalls.Count == 2 ? "twice" : $"{DoneCalls.Count} times";
            var calls = string.Join(", then ", DoneCalls.Select(call => $"at {call.AtMs} ms with \"{call.Value}\""));
            var first = DoneCalls[0];
            var why = first.Value != Expected
                ? $"the first call received \"{first.Value}\", before both results were in → call done only once both are in"
                : "it was called again after the pair was complete → call done only from the callback that completes the pair";
            return $"done was called {times}: {calls}. It must be called exactly once, with \"{Expected}\" at {JoinMs} ms: {why}.";
        }

        var (atMs, value) = DoneCalls[0];
        if (atMs == DogMs + PigMs && atMs != JoinMs)
        {
            return $"done came at {atMs} ms = {DogMs} + {PigMs} ms, the sum of the two delays, instead of {JoinMs} ms: you started " +
                "the second operation only after the first finished (started the second timer too late) → start both in C, one after the other.";
        }

        if (atMs < JoinMs)
        {
            return $"done was called at {atMs} ms with \"{value}\", but {arrivals}: it was called before both results were in " +
                "→ call it only when both are in, from whichever callback comes second.";
        }

        if (value == "🐷🐶")
        {
            var cause = PigMs < DogMs ? $"the results were joined in arrival order (🐷 came first, at {PigMs} ms)" : "the results were joined pig first";
            return $"done was called at {atMs} ms with \"{value}\": {cause} → keep each result in its own variable and join them " +
                "in argument order, dog + pig, whichever arrives first.";
        }

        if (value != Expected)
        {
            return $"done was called at {atMs} ms with \"{value}\": it should get dog + pig, \"{Expected}\" → keep each result in " +
                "its own variable and join them once both are in.";
        }

        return null;
    }

    private static string Ms(IEnumerable<long> times) => string.Join(" and ", times.Select(time => $"{time} ms"));
}

using ContinuationKatas.Testing;

namespace Katas.Callbacks.Tests;

/// <summary>
/// One run of <see cref="DogPig.WithUnderscore"/> around a 🐶 operation of 2000 ms: when the inner operation was started
/// and every call of the callback. A C that calls done once hides a WithUnderscore that starts its operation twice, so
/// the composition step is checked on its own.
/// </summary>
internal sealed class UnderscoreRun
{
    private const long DelayMs = 2000;

    /// <summary>Each start of the inner operation, by time.</summary>
    public List<long> Starts { get; } = [];

    /// <summary>Each call of WithUnderscore's callback: when, and with what.</summary>
    public List<(long AtMs, string Value)> Calls { get; } = [];

    /// <summary>Runs <paramref name="withUnderscore"/> (the kata's WithUnderscore unless given) once, from main.</summary>
    public static UnderscoreRun Of(Action<Action<Action<string>>, Action<string>>? withUnderscore = null)
    {
        var run = new UnderscoreRun();
        withUnderscore ??= DogPig.WithUnderscore;
        KataRun.Run(loop => withUnderscore(
            callback =>
            {
                run.Starts.Add(loop.Now);
                loop.SetTimeout(() => callback("🐶"), DelayMs);
            },
            value => run.Calls.Add((loop.Now, value))));
        return run;
    }

    /// <summary>What went wrong, or <see langword="null"/>: the operation started once, at 0 ms; one call, at 2000 ms, with "🐶_".</summary>
    public string? Mistake()
    {
        var starts = string.Join(" and ", Starts.Select(time => $"{time} ms"));
        if (Starts.Count == 0)
        {
            return "WithUnderscore never started the inner operation (start was not called), so its value never comes " +
                "→ call start(...) in WithUnderscore, with a callback that adds \"_\".";
        }

        if (Starts.Count > 1)
        {
            return $"WithUnderscore started the inner operation {Starts.Count} times (at {starts}): every start is another " +
                "timer, another request, another side effect, even when only one result is used → call start(...) once, and do " +
                "everything with its value in that one callback.";
        }

        if (Starts[0] != 0)
        {
            return $"WithUnderscore started the inner operation at {starts}, not when it was itself started (0 ms) " +
                "→ call start(...) straight away, in WithUnderscore itself.";
        }

        var calls = string.Join(", then ", Calls.Select(call => $"at {call.AtMs} ms with \"{call.Value}\""));
        return Calls switch
        {
            [] => $"WithUnderscore never called back, although the inner operation called back with \"🐶\" at {DelayMs} ms " +
                "→ in start's callback, call callback(value + \"_\").",
            [(DelayMs, "🐶_")] => null,
            [_] => $"WithUnderscore called back {calls}; it should call back once, at {DelayMs} ms, when the inner value " +
                "arrives, with that value plus \"_\": \"🐶_\".",
            _ => $"WithUnderscore called back {Calls.Count} times ({calls}): it must call back exactly once, with the inner value plus \"_\".",
        };
    }
}

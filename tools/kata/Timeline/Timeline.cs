using System.Text.RegularExpressions;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool;

/// <summary>What one lane did in one step: the lines it logged there.</summary>
internal sealed record TimelineSegment(string Lane, IReadOnlyList<string> Lines);

/// <summary>
/// One callback the loop ran (a step of the picture), with what each lane logged in it. Silent c() callbacks
/// followed at the same instant by c() microtasks (a timer settling a promise, reactions hopping on) are one
/// step: <paramref name="Microtasks"/> counts the microtasks folded in.
/// </summary>
internal sealed record TimelineStep(int Index, long TimeMs, CallbackKind Kind, long? Timer, IReadOnlyList<TimelineSegment> Segments, int Microtasks = 0)
{
    /// <summary>Why the step ran: "main runs", "timer #1 fires", "microtask", "posted work", "+ 3 microtasks".</summary>
    public string Cause => (Kind switch
    {
        CallbackKind.Main => "main runs",
        CallbackKind.Timer => $"timer #{Timer} fires",
        CallbackKind.Microtask => "microtask",
        _ => "posted work",
    }) + Microtasks switch
    {
        0 => string.Empty,
        1 => " + 1 microtask",
        _ => $" + {Microtasks} microtasks",
    };

    /// <summary>Whether the step runs only c() and logs nothing.</summary>
    public bool IsSilentC => Segments.All(segment => segment.Lane == Timeline.DefaultLane && segment.Lines.Count == 0);
}

/// <summary>A timer from scheduling to firing, with the steps that scheduled it and that it ran.</summary>
internal sealed record TimelineTimer(long Id, long ScheduledAtMs, long DueAtMs, long? FiredAtMs, bool Cleared, int? ScheduledInStep, int? FiredInStep);

/// <summary>
/// A run as lanes over virtual time, like the diagrams of the seed post: main, c() and one lane per other
/// function that names itself in its lines ("dog: …"); the timers; where each lane runs, suspends and resumes.
/// Lines go to the lane their prefix names ("main: start" → main); lines without one, and callbacks that log
/// nothing, are c()'s — in a kata, the callbacks are c's continuations.
/// </summary>
internal sealed partial record Timeline(string Title, IReadOnlyList<string> Lanes, IReadOnlyList<TimelineStep> Steps, IReadOnlyList<TimelineTimer> Timers, long EndMs)
{
    public const string MainLane = "main";
    public const string DefaultLane = "c()";

    /// <summary>The rung's words for what c() does between its callbacks (await's unless the command says otherwise).</summary>
    public TimelineWords Words { get; init; } = TimelineWords.Await;

    public static Timeline From(string title, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var callbacks = transcript.Callbacks.Count > 0
            ? transcript.Callbacks
            : [.. transcript.Lines.Select((line, i) => new CallbackRecord(CallbackKind.Main, line.TimeMs, null, i, 1, []))];
        var steps = new List<TimelineStep>();
        var stepOf = new List<int>();
        foreach (var callback in callbacks)
        {
            var lines = transcript.Lines.Skip(callback.FirstLine).Take(callback.LineCount).Select(line => line.Text).ToList();
            var segments = new List<TimelineSegment>();
            foreach (var line in lines)
            {
                var lane = LaneOf(line);
                if (segments.Count > 0 && segments[^1].Lane == lane)
                {
                    segments[^1] = segments[^1] with { Lines = [.. segments[^1].Lines, line] };
                }
                else
                {
                    segments.Add(new TimelineSegment(lane, [line]));
                }
            }

            if (segments.Count == 0 || (callback.Kind == CallbackKind.Main && segments.All(s => s.Lane != MainLane)))
            {
                segments.Insert(0, new TimelineSegment(callback.Kind == CallbackKind.Main ? MainLane : DefaultLane, []));
            }

            var step = new TimelineStep(steps.Count, callback.TimeMs, callback.Kind, callback.Timer?.Value, segments);
            if (steps.Count > 0 && steps[^1] is { IsSilentC: true } silent && silent.TimeMs == step.TimeMs &&
                step.Kind == CallbackKind.Microtask && segments.All(segment => segment.Lane == DefaultLane))
            {
                steps[^1] = silent with { Segments = segments, Microtasks = silent.Microtasks + 1 };
            }
            else
            {
                steps.Add(step);
            }

            stepOf.Add(steps.Count - 1);
        }

        var lanes = steps.SelectMany(step => step.Segments).Select(segment => segment.Lane).Distinct()
            .OrderBy(lane => lane == MainLane ? 0 : lane == DefaultLane ? 1 : 2).ToList();
        var timers = transcript.Timers.Select(timer => new TimelineTimer(
            timer.Id.Value,
            timer.ScheduledAtMs,
            timer.DueAtMs,
            timer.FiredAtMs,
            timer.Cleared,
            IndexOf(callbacks, c => c.TimersScheduled.Contains(timer.Id)) is { } scheduled ? stepOf[scheduled] : null,
            IndexOf(callbacks, c => c.Kind == CallbackKind.Timer && c.Timer == timer.Id) is { } fired ? stepOf[fired] : null)).ToList();
        return new Timeline(title, lanes, steps, timers, transcript.EndedAtMs);
    }

    /// <summary>The lane a line belongs to: its "name:" prefix (main, dog, …), else c().</summary>
    public static string LaneOf(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = Prefix().Match(line);
        if (!match.Success)
        {
            return DefaultLane;
        }

        var name = match.Groups[1].Value;
        return name == "c" ? DefaultLane : name;
    }

    /// <summary>
    /// Whether c() is suspended during <paramref name="step"/>: main called it (or it ran) before, and it runs again after.
    /// Only c() suspends: the other lanes are separate callbacks (or functions the picture cannot see awaiting).
    /// </summary>
    public bool IsSuspended(string lane, int step)
    {
        if (lane != DefaultLane || Active(lane, step))
        {
            return false;
        }

        var started = (Steps.Count > 0 && Steps[0].Kind == CallbackKind.Main) || Steps.Take(step).Any(s => Active(lane, s.Index));
        return started && Steps.Skip(step + 1).Any(s => Active(lane, s.Index));
    }

    /// <summary>Whether <paramref name="lane"/> runs in <paramref name="step"/>.</summary>
    public bool Active(string lane, int step) => Steps[step].Segments.Any(segment => segment.Lane == lane);

    /// <summary>Whether <paramref name="step"/> resumes c(): main called it (or it ran) before.</summary>
    public bool Resumes(string lane, int step) =>
        lane == DefaultLane && step > 0 && (Steps[0].Kind == CallbackKind.Main || Steps.Take(step).Any(s => Active(lane, s.Index)));

    private static int? IndexOf(IReadOnlyList<CallbackRecord> callbacks, Func<CallbackRecord, bool> match)
    {
        for (var i = 0; i < callbacks.Count; i++)
        {
            if (match(callbacks[i]))
            {
                return i;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\(\))?:\s")]
    private static partial Regex Prefix();
}

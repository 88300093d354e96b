using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.Combinators.Tests;

/// <summary>Shared helpers for the combinator tests: promises that settle at a given time, and a record of what arrived.</summary>
public abstract class CombinatorFixture(Action<EventLoop> program) : KataFixture(program)
{
    /// <summary>A reason to reject with.</summary>
    protected static readonly InvalidOperationException Boom = new("💥");

    /// <summary>A second reason.</summary>
    protected static readonly InvalidOperationException Bang = new("💢");

    /// <summary>Fulfilled with <paramref name="value"/> at <paramref name="delayMs"/>.</summary>
    protected static Promise<string> Later(EventLoop loop, string value, long delayMs) =>
        new(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));

    /// <summary>Rejected with <paramref name="reason"/> at <paramref name="delayMs"/>.</summary>
    protected static Promise<string> FailLater(EventLoop loop, Exception reason, long delayMs) =>
        new(loop, (_, reject) => loop.SetTimeout(() => reject(reason), delayMs));

    /// <summary>Runs <paramref name="program"/> and returns how the promise it returns settled, as "time: fulfilled …" lines.</summary>
    protected static IReadOnlyList<string> Outcome<T>(Func<EventLoop, Promise<T>> program, Func<T, string>? show = null)
    {
        var outcomes = new List<string>();
        KataRun.Run(loop => program(loop).Then(
            value => outcomes.Add($"{loop.Now}: fulfilled {(show is null ? value : show(value))}"),
            reason => outcomes.Add($"{loop.Now}: rejected {Describe(reason)}")));
        return outcomes;
    }

    private static string Describe(Exception reason) => reason is AggregateException aggregate
        ? $"{nameof(AggregateException)} [{string.Join(", ", aggregate.InnerExceptions.Select(inner => inner.Message))}]"
        : reason.Message;
}

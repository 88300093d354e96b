using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.QuerySyntax.Tests;

public sealed class SelectTests() : KataFixture(loop => Later(loop, 1, 0).Select(value => value + 1))
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void Select_maps_the_value_when_it_arrives()
    {
        var transcript = KataRun.Run(loop =>
        {
            var doubled = from value in Later(loop, 21, 300)
                          select value * 2;
            doubled.Then(value => loop.Log($"got {value}"));
        });

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (300L, "got 42") }),
            "`from value in p select value * 2` is p.Select(value => value * 2): a promise of 42, when p's value arrives at 300 ms (step 1).");
    }

    [Test]
    public void Select_passes_a_rejection_through_without_calling_the_selector()
    {
        var calls = 0;
        var transcript = KataRun.Run(loop =>
        {
            var failed = new Promise<int>(loop, (_, reject) => reject(Boom));
            (from value in failed select ++calls).Then(_ => loop.Log("never"), error => loop.Log("rejected " + error.Message));
        });

        Assert.That((calls, transcript.Lines.Single().Text), Is.EqualTo((0, "rejected 💥")),
            "Select on a rejected promise must not call the selector, and must pass the reason on (step 1).");
    }

    [Test]
    public void A_throw_in_the_selector_rejects_the_result()
    {
        var transcript = KataRun.Run(loop =>
            (from value in Later(loop, 1, 0) select value > 0 ? throw Boom : value)
                .Then(_ => loop.Log("never"), error => loop.Log("rejected " + error.Message)));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "rejected 💥" }),
            "An exception thrown by the selector must reject the promise Select returns (step 1).");
    }

    [Test]
    public void A_let_clause_works_through_Select()
    {
        var transcript = KataRun.Run(loop =>
            (from value in Later(loop, 20, 100)
             let twice = value * 2
             select twice + 2).Then(result => loop.Log($"got {result}")));

        Assert.That(transcript.Lines.Select(line => (line.TimeMs, line.Text)), Is.EqualTo(new[] { (100L, "got 42") }),
            "`let` compiles to a Select that carries both values along: with Select working, it works too.");
    }

    internal static Promise<T> Later<T>(EventLoop loop, T value, long delayMs) =>
        new(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));
}

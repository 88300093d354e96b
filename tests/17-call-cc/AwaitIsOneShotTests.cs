using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>
/// Step 6: why C#'s <c>await</c> cannot do the rocket jump. The rocket jump written with an await in place of call/cc,
/// and the continuation the builder hands the awaiter kept and called again, as the saved k was. These tests pin what
/// .NET does; they need nothing from you but the steps before.
/// </summary>
public sealed class AwaitIsOneShotTests() : KataFixture(Ladder.Through(5))
{
    [Test]
    public void The_continuations_saved_at_two_awaits_are_one_and_the_same_delegate()
    {
        var (saved, _, _) = Start();
        saved[0]();

        Assert.That(saved, Has.Count.EqualTo(2));
        Assert.That(saved[1], Is.SameAs(saved[0]),
            "At each await the builder hands the awaiter the same delegate: \"MoveNext of this method\", not \"the rest of the method " +
            "from this await\".");
    }

    [Test]
    public void Calling_the_saved_continuation_again_resumes_where_the_method_is_now_not_where_it_was_saved()
    {
        var (saved, log, method) = Start();
        saved[0]();
        saved[0](); // the continuation saved at the first await, called again: the rocket jump's (saved count)

        Assert.That(log, Is.EqualTo(new[] { "200", "🚀", "101" }),
            "The second call resumed the second await (101), not the first (which would print 200 again): the machine remembers " +
            "where it is, and MoveNext always goes on from there.");
        Assert.That(method.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void After_the_method_has_finished_calling_its_continuation_again_runs_nothing()
    {
        var (saved, log, _) = Start();
        saved[0]();
        saved[0]();
        try
        {
            saved[0]();
        }
        catch (NullReferenceException)
        {
            // A Debug build's builder has let go of the finished machine; a Release build's returns at once.
        }

        Assert.That(log, Is.EqualTo(new[] { "200", "🚀", "101" }), "A finished async method never runs again: its continuation is one-shot.");
    }

    // Starts the rocket jump with await: suspended at its first await, whose continuation is saved[0].
    private static (List<Action> Saved, List<string> Log, Task Method) Start()
    {
        var saved = new List<Action>();
        var log = new List<string>();
        var method = RocketJumpWithAwait(saved, log);
        Assert.That(saved, Has.Count.EqualTo(1), "The method is suspended at its first await.");
        return (saved, log, method);
    }

    // (print (+ 100 (call/cc …))) with an await for the call/cc, then the jump back, as far as await can take it.
    private static async Task RocketJumpWithAwait(List<Action> saved, List<string> log)
    {
        var value = await new OneShotAwaitable(saved, 100);
        log.Add($"{100 + value}");
        log.Add("🚀");
        var count = await new OneShotAwaitable(saved, 1);
        log.Add($"{100 + count}");
    }
}

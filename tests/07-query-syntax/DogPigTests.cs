using System.Reflection;
using System.Text.RegularExpressions;
using ContinuationKatas.Testing;

namespace Katas.QuerySyntax.Tests;

public sealed partial class DogPigTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Main_prints_dog_pig_at_5000_ms_after_main_has_finished()
    {
        Scenarios.Approve("dog-pig", RunProgram(), DogPigMistakes.For("🐶🐷!", "🐷🐶!"));
    }

    [Test]
    public void The_composition_program_prints_dog_underscore_pig_underscore_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-composition", KataRun.Run(DogPig.MainComposed), DogPigMistakes.For("🐶_🐷_!", "🐷_🐶_!"));
    }

    [Test]
    public void The_boom_program_catches_at_500_ms_and_runs_finally_once()
    {
        Scenarios.Approve(
            "dog-boom",
            KataRun.Run(DogBoom.Main),
            DogBoomMistakes.FinallyBeforeCatch("step 5"),
            Diagnosis.CountOf("finally", 1, "\"finally\" must be logged exactly once: chain Finally after Catch, after the query."),
            new Diagnosis(t => t.Count("catch 💥") == 0, "Nothing was caught: chain Catch onto the query; it logs \"catch \" + error.Message and returns null."));
    }

    [Test]
    public void C_is_fulfilled_once_with_dog_then_pig_when_the_pig_arrives_first()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "c's onFulfilled");
            DogPig.C(DogPig.Delay(loop, "🐶", 3000), DogPig.Delay(loop, "🐷", 1000)).Then(done.Callback);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (3000L, "🐶🐷") }),
            "With 🐷 at 1000 ms and 🐶 at 3000 ms, c's promise must be fulfilled once, at 3000 ms, with \"🐶🐷\".");
    }

    [Test]
    public void A_query_that_creates_the_pig_inside_it_is_told_it_started_the_second_timer_too_late()
    {
        var lazy = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            (from dog in DogPig.Delay(loop, "🐶", 2000)
             from pig in DogPig.Delay(loop, "🐷", 5000)
             select dog + pig).Then(result => loop.Log(result + "!"));
            loop.Log("main: end");
        });

        Assert.That(lazy.TimeOf("🐶🐷!"), Is.EqualTo(7000),
            "The second from is evaluated only when the dog has arrived, so a promise created there starts at 2000 ms.");
        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("started the second timer too late"));
    }

    [Test]
    public void C_and_the_composition_are_written_as_query_expressions()
    {
        var source = KataSource("DogPig.cs");

        foreach (var method in new[] { "C", "WithUnderscore", "CComposed" })
        {
            var body = MethodText(source, method);
            Assert.That(QueryExpression().IsMatch(body), Is.True,
                $"DogPig.{method} should be written with query syntax (`from … in … select …`), not with Then: that is what this kata practises (steps 3 and 4).");
        }
    }

    [Test]
    public void The_try_block_of_the_boom_program_is_a_query_expression()
    {
        Assert.That(QueryExpression().IsMatch(MethodText(KataSource("DogBoom.cs"), "C")), Is.True,
            "DogBoom.C's try block should be a query (`from v1 in promise1 from v2 in promise2 select …`), with Catch and Finally " +
            "chained onto it as methods: query syntax has no catch or finally clause (step 5).");
    }

    [Test]
    public void The_program_uses_promises_without_tasks_or_threads()
    {
        Technique.Forbid(typeof(PromiseQuery).Assembly, Technique.TasksAndThreads,
            "This kata writes continuations as queries over your own promise: no Task, async/await or threads.");
    }

    private static string KataSource(string file)
    {
        var kata = typeof(DogPigTests).Assembly.GetCustomAttribute<KataUnderTestAttribute>()!;
        return File.ReadAllText(Path.Combine(kata.RepoRoot, kata.Set, kata.Id, file));
    }

    // From the method's declaration (after its return type's closing ">") to the next member's documentation comment (or the end of the class).
    private static string MethodText(string source, string method)
    {
        var start = source.IndexOf($"> {method}(", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, $"{method} was not found in the kata's source.");
        var end = source.IndexOf("/// <summary>", start, StringComparison.Ordinal);
        return end < 0 ? source[start..] : source[start..end];
    }

    [GeneratedRegex(@"\bfrom\s+\w+\s+in\b[\s\S]*\bselect\b")]
    private static partial Regex QueryExpression();
}

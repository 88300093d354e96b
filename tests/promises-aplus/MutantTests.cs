using System.Text.RegularExpressions;

namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>
/// Proof that kata 05's Promises/A+ rule tests can fail: each deliberately broken promise fails the rules its bug
/// breaks, and the same promise without the bug keeps them all. (The rule tests themselves also run here, against
/// the reference solution, through the linked fixtures, and pass.)
/// </summary>
public sealed partial class MutantTests
{
    [Test]
    public void The_mutant_promise_without_a_mutation_keeps_every_rule()
    {
        Assert.That(RuleRunner.Broken(new MutantAdapter(Mutation.None)), Is.Empty,
            "The mutant promise itself must be correct, so that each mutant's failures come from its one mutation.");
    }

    [Test]
    public void A_promise_that_calls_back_synchronously_fails_rule_2_2_4()
    {
        ExpectBroken(Mutation.Synchronous, "2.2.4");
    }

    [Test]
    public void A_promise_that_settles_twice_fails_the_settle_once_rules()
    {
        ExpectBroken(Mutation.SettlesTwice, "2.1.2.1", "2.1.2.2", "2.1.3.1", "2.1.3.2", "2.2.2.3", "2.2.3.3", "2.3.3.3.3");
    }

    [Test]
    public void A_promise_that_does_not_adopt_returned_promises_fails_the_adoption_rules()
    {
        ExpectBroken(Mutation.NoAdoption, "2.3.2.1", "2.3.2.2", "2.3.2.3", "2.3.3.3", "2.3.3.3.1", "2.3.3.3.2");
    }

    [Test]
    public void A_promise_that_decides_a_late_throw_by_its_state_fails_rule_2_3_3_3_4_1()
    {
        ExpectBroken(Mutation.ThrowDecidesByState, "2.3.3.3.4.1");
    }

    [TestCase(Mutation.Synchronous, "2.2.1.1 2.2.1.2 2.2.4 2.2.6.1 2.3.1 2.3.3.4")]
    [TestCase(Mutation.SettlesTwice, "2.1.2.1 2.1.2.2 2.1.3.1 2.1.3.2 2.2.2.3 2.2.3.3 2.3.3.3.3 2.3.3.3.4.1")]
    [TestCase(Mutation.NoAdoption, "2.3.1 2.3.2.1 2.3.2.2 2.3.2.3 2.3.3.3 2.3.3.3.1 2.3.3.3.2 2.3.3.3.3 2.3.3.3.4.1 2.3.3.3.4.2")]
    [TestCase(Mutation.ThrowDecidesByState, "2.3.3.3.4.1")]
    public void Each_mutant_fails_exactly_these_rules(Mutation mutation, string rules)
    {
        var broken = RuleRunner.Broken(new MutantAdapter(mutation)).Select(NumberOf).ToList();

        Assert.That(broken, Is.EquivalentTo(rules.Split(' ')),
            $"The {mutation} mutant broke a different set of rules than documented: if a rule test changed, update this list.");
    }

    [Test]
    public void There_is_a_rule_test_for_every_rule_of_2_1_2_2_and_2_3_that_applies_to_CSharp()
    {
        string[] applicable =
        [
            "2.1.1.1", "2.1.2.1", "2.1.2.2", "2.1.3.1", "2.1.3.2",
            "2.2.1.1", "2.2.1.2", "2.2.2.1", "2.2.2.2", "2.2.2.3", "2.2.3.1", "2.2.3.2", "2.2.3.3", "2.2.4", "2.2.6.1", "2.2.6.2",
            "2.2.7", "2.2.7.1", "2.2.7.2", "2.2.7.3", "2.2.7.4",
            "2.3.1", "2.3.2.1", "2.3.2.2", "2.3.2.3", "2.3.3.3", "2.3.3.3.1", "2.3.3.3.2", "2.3.3.3.3", "2.3.3.3.4.1", "2.3.3.3.4.2",
            "2.3.3.4", "2.3.4",
        ];

        Assert.That(RuleRunner.Rules.Select(NumberOf), Is.EquivalentTo(applicable),
            "Left out on purpose: 2.2.5 (no `this` in C#), 2.3.3.1 and 2.3.3.2 (no property read of `then`). Every other rule needs its test.");
    }

    private static void ExpectBroken(Mutation mutation, params string[] rules)
    {
        var adapter = new MutantAdapter(mutation);
        foreach (var number in rules)
        {
            var rule = RuleRunner.Rules.Single(name => NumberOf(name) == number);
            Assert.That(RuleRunner.Run(rule, adapter), Is.Not.Null, $"{rule} passed against the {mutation} mutant: it cannot catch that bug.");
        }
    }

    private static string NumberOf(string rule) => RuleNumber().Match(rule).Groups[1].Value.Replace('_', '.');

    [GeneratedRegex(@"^Rule_(\d+(?:_\d+)*)_")]
    private static partial Regex RuleNumber();
}

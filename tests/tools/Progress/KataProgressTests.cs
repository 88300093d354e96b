namespace ContinuationKatas.Tool.Tests;

public sealed class KataProgressTests
{
    private static readonly KataInfo Kata = Fakes.Catalog.Katas[0];

    [Test]
    public void From_NoResults_IsNoResults() =>
        Assert.That(KataProgress.From(Kata, null).Status, Is.EqualTo(KataStatus.NoResults));

    [Test]
    public void From_AllNotSolvedYet_IsNotStarted() =>
        Assert.That(KataProgress.From(Kata, [Fakes.NotSolved("A"), Fakes.NotSolved("B")]).Status, Is.EqualTo(KataStatus.NotStarted));

    [Test]
    public void From_SomePass_IsFailingWithCounts()
    {
        var progress = KataProgress.From(Kata, [Fakes.Pass("A"), Fakes.Fail("B")]);

        Assert.That((progress.Status, progress.Passed, progress.Total), Is.EqualTo((KataStatus.Failing, 1, 2)));
        Assert.That(progress.Failures.Select(f => f.Name), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void From_AllPass_IsSolved() =>
        Assert.That(KataProgress.From(Kata, [Fakes.Pass("A")]).Status, Is.EqualTo(KataStatus.Solved));
}

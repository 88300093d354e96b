namespace ContinuationKatas.Tool.Tests;

public sealed class CatalogTests
{
    [TestCase("1")]
    [TestCase("01")]
    [TestCase("01-loop-warmup")]
    public void Find_NumberOrId_FindsTheKata(string wanted)
    {
        using var repo = new ScratchRepo();

        Assert.That(Catalog.Load(repo.Root).Find(wanted)?.Id, Is.EqualTo("01-loop-warmup"));
    }

    [Test]
    public void Find_Unknown_IsNull()
    {
        using var repo = new ScratchRepo();

        Assert.That(Catalog.Load(repo.Root).Find("42"), Is.Null);
    }

    [Test]
    public void Load_RealKatasJson_ListsKatasInOrder()
    {
        var root = RepoRoot.Find(AppContext.BaseDirectory);
        var ids = Catalog.Load(root).Katas.Select(kata => kata.Id).ToList();

        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(ids, Does.Contain("02-callbacks"));
    }
}

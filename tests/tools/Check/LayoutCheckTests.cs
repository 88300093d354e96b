namespace ContinuationKatas.Tool.Tests;

public sealed class LayoutCheckTests
{
    [Test]
    public void Problems_CompleteKata_None()
    {
        using var repo = new ScratchRepo().WithCompleteKata();

        Assert.That(LayoutCheck.Problems(repo.Root, Catalog.Load(repo.Root)), Is.Empty);
    }

    [TestCase("katas/01-loop-warmup/README.md", "katas/01-loop-warmup/README.md is missing.")]
    [TestCase("katas/01-loop-warmup/HINTS.md", "katas/01-loop-warmup/HINTS.md is missing.")]
    [TestCase("solutions/01-loop-warmup/WarmUp.cs", "katas/01-loop-warmup and solutions/01-loop-warmup have different files")]
    [TestCase("tests/01-loop-warmup/WarmUpTests.cs", "tests/01-loop-warmup has no tests.")]
    public void Problems_MissingFile_NamesIt(string missing, string problem)
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Delete(missing);

        Assert.That(LayoutCheck.Problems(repo.Root, Catalog.Load(repo.Root)), Has.One.StartsWith(problem));
    }

    [Test]
    public void Problems_StubWithoutTodoOrNotSolved_NamesBoth()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Write("katas/01-loop-warmup/WarmUp.cs", "// solved already");

        var problems = LayoutCheck.Problems(repo.Root, Catalog.Load(repo.Root));

        Assert.That(problems, Has.Some.Contains("no `// TODO:`"));
        Assert.That(problems, Has.Some.Contains("never throws NotSolvedYetException"));
    }

    [Test]
    public void Problems_FolderNotInCatalog_IsReported()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Write("katas/09-extra/Extra.cs", "// TODO:");

        Assert.That(LayoutCheck.Problems(repo.Root, Catalog.Load(repo.Root)), Has.One.EqualTo("katas/09-extra is not listed in katas.json."));
    }
}

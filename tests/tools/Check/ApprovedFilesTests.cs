namespace ContinuationKatas.Tool.Tests;

public sealed class ApprovedFilesTests
{
    [Test]
    public void Orphans_FileNoTestUsed_IsListed()
    {
        using var repo = new ScratchRepo();
        repo.Write("tests/scenarios/dog-pig.verified.txt", "x\n");
        repo.Write("tests/scenarios/old.verified.txt", "y\n");
        var used = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(Path.Combine(repo.Root, "tests/scenarios/dog-pig.verified.txt")) };

        Assert.That(ApprovedFiles.Orphans(repo.Root, used), Is.EqualTo(new[] { "tests/scenarios/old.verified.txt" }));
    }

    [Test]
    public void Orphans_UsageDirectory_IsReadFromEveryProcessFile()
    {
        using var repo = new ScratchRepo();
        repo.Write("tests/a.verified.txt", "a\n");
        repo.Write("tests/b.verified.txt", "b\n");
        repo.Write("usage/1.txt", Path.Combine(repo.Root, "tests/a.verified.txt") + "\n");
        repo.Write("usage/2.txt", Path.Combine(repo.Root, "tests/b.verified.txt") + "\n");

        Assert.That(ApprovedFiles.Orphans(repo.Root, Path.Combine(repo.Root, "usage")), Is.Empty);
    }
}

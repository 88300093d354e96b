namespace ContinuationKatas.Tool.Tests;

public sealed class InputFingerprintTests
{
    [Test]
    public void Of_AnotherKatasFilesChange_StaysTheSame()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Write("katas/02-callbacks/DogPig.cs", "before");
        repo.Write("tests/02-callbacks/DogPigTests.cs", "before");
        var before = InputFingerprint.Of(repo.Root, "katas", "01-loop-warmup", InputFingerprint.Shared(repo.Root));

        repo.Write("katas/02-callbacks/DogPig.cs", "after, and longer");
        repo.Write("tests/02-callbacks/DogPigTests.cs", "after, and longer");

        Assert.That(InputFingerprint.Of(repo.Root, "katas", "01-loop-warmup", InputFingerprint.Shared(repo.Root)), Is.EqualTo(before));
    }

    [Test]
    public void Of_TheOtherTreeChanges_StaysTheSame()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var before = InputFingerprint.Of(repo.Root, "katas", "01-loop-warmup", InputFingerprint.Shared(repo.Root));

        repo.Write("solutions/01-loop-warmup/WarmUp.cs", "changed");

        Assert.That(InputFingerprint.Of(repo.Root, "katas", "01-loop-warmup", InputFingerprint.Shared(repo.Root)), Is.EqualTo(before));
    }

    [Test]
    public void Of_ATreesBuildFileChanges_Changes()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        repo.Write("katas/Directory.Build.props", "<Project />");
        var before = InputFingerprint.Of(repo.Root, "katas", "01-loop-warmup", InputFingerprint.Shared(repo.Root));

        repo.Write("katas/Directory.Build.props", "<Project>changed</Project>");

        Assert.That(InputFingerprint.Of(repo.Root, "katas", "01-loop-warmup", InputFingerprint.Shared(repo.Root)), Is.Not.EqualTo(before));
    }

    [TestCase("02-callbacks", true)]
    [TestCase("17-call-cc", true)]
    [TestCase("runtime", false)]
    [TestCase("support", false)]
    [TestCase("node-corpus", false)]
    public void IsKataTests_Folder_TellsKataTestsFromTheKits(string folder, bool kata) =>
        Assert.That(InputFingerprint.IsKataTests(folder), Is.EqualTo(kata));
}

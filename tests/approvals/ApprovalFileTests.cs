namespace ContinuationKatas.Approvals.Tests;

public sealed class ApprovalFileTests
{
    [Test]
    public void Beside_SourceFileAndMethod_NamesFilesTypeDotMethodBesideTheSource()
    {
        var directory = Path.Combine(Path.GetTempPath(), "some", "tests");
        var file = ApprovalFile.Beside(Path.Combine(directory, "LoopTests.cs"), "Main_logs");

        Assert.Multiple(() =>
        {
            Assert.That(file.Directory, Is.EqualTo(directory));
            Assert.That(file.Name, Is.EqualTo("LoopTests.Main_logs"));
            Assert.That(file.VerifiedPath, Is.EqualTo(Path.Combine(directory, "LoopTests.Main_logs.verified.txt")));
            Assert.That(file.ReceivedPath, Is.EqualTo(Path.Combine(directory, "LoopTests.Main_logs.received.txt")));
        });
    }

    [Test]
    public void Named_DirectoryAndScenario_NamesFilesAfterTheScenario()
    {
        var file = ApprovalFile.Named("scenarios", "dog-pig");

        Assert.Multiple(() =>
        {
            Assert.That(file.VerifiedPath, Is.EqualTo(Path.Combine("scenarios", "dog-pig.verified.txt")));
            Assert.That(file.ReceivedPath, Is.EqualTo(Path.Combine("scenarios", "dog-pig.received.txt")));
            Assert.That(file.ToString(), Is.EqualTo(file.VerifiedPath));
        });
    }

    [Test]
    public void Beside_EmptyOrNullArguments_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ApprovalFile.Beside("", "Method"), Throws.ArgumentException);
            Assert.That(() => ApprovalFile.Beside("Tests.cs", ""), Throws.ArgumentException);
            Assert.That(() => ApprovalFile.Named(null!, "dog-pig"), Throws.ArgumentNullException);
            Assert.That(() => ApprovalFile.Named("scenarios", ""), Throws.ArgumentException);
        });
    }
}

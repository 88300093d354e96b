namespace ContinuationKatas.Approvals.Tests;

[NonParallelizable]
public sealed class VerifyTests : TempDirectoryFixture
{
    [Test]
    public void Verify_CallerConvention_ComparesWithSourceDotMethodBesideTheSourceFile()
    {
        // A stand-in source path in a temp directory, so nothing is written into the repository.
        var source = Path.Combine(Temp.Path, "LoopTests.cs");
        var expected = Path.Combine(Temp.Path, $"LoopTests.{nameof(Verify_CallerConvention_ComparesWithSourceDotMethodBesideTheSourceFile)}.verified.txt");
        Assert.That(ApprovalFile.Beside(source, nameof(Verify_CallerConvention_ComparesWithSourceDotMethodBesideTheSourceFile)).VerifiedPath, Is.EqualTo(expected));
        File.WriteAllText(expected, "     0 ms  main: end\n");

        // The method name comes from [CallerMemberName]: this test's name.
        Approver.Verify("     0 ms  main: end\r\n", source);

        Assert.That(Directory.GetFiles(Temp.Path), Is.EqualTo(new[] { expected }), "An equal text leaves only the verified file.");
    }

    [Test]
    public void Verify_DifferentText_ThrowsApprovalExceptionAndWritesTheReceivedFileBesideTheSource()
    {
        var settings = ApprovalSettings.FromEnvironment();
        Assume.That(settings.Accept && !settings.IsCI, Is.False, "KATA_ACCEPT is set here, so Verify would accept instead of failing.");
        var source = Path.Combine(Temp.Path, "LoopTests.cs");
        var file = ApprovalFile.Beside(source, "Main_logs");
        File.WriteAllText(file.VerifiedPath, "approved\n");

        var error = Assert.Throws<ApprovalException>(() => Approver.Verify("received\n", source, "Main_logs"));

        Assert.That(error!.Result.Outcome, Is.EqualTo(ApprovalOutcome.Different));
        Assert.That(error.Message, Does.Contain("- approved").And.Contain("+ received"));
        Assert.That(File.ReadAllText(file.ReceivedPath), Is.EqualTo("received\n"));
        Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("approved\n"));
    }
}

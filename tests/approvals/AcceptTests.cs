namespace ContinuationKatas.Approvals.Tests;

public sealed class AcceptTests : TempDirectoryFixture
{
    private static readonly ApprovalSettings Accepting = new() { Accept = true };
    private static readonly ApprovalSettings AcceptingOnCI = new() { Accept = true, IsCI = true };
    [Test]
    public void Compare_AcceptingADifferentText_WritesTheVerifiedFileAndDeletesTheReceivedOne()
    {
        var file = Temp.File("dog-pig");
        File.WriteAllText(file.VerifiedPath, "old\n");
        File.WriteAllText(file.ReceivedPath, "older\n");

        var result = Approver.Compare("new\r\n", file, Accepting);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Accepted));
            Assert.That(result.Passed, Is.True);
            Assert.That(result.Message, Is.EqualTo($"Accepted: wrote {file.VerifiedPath}."));
            Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("new\n"));
            Assert.That(File.Exists(file.ReceivedPath), Is.False);
        });
    }

    [Test]
    public void Compare_AcceptingANewText_CreatesTheVerifiedFile()
    {
        var file = ApprovalFile.Named(Path.Combine(Temp.Path, "scenarios"), "dog-pig");

        var result = Approver.Compare("🐶🐷!", file, Accepting);

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Accepted));
        Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("🐶🐷!\n"));
        Assert.That(File.Exists(file.ReceivedPath), Is.False);
    }

    [Test]
    public void Compare_AcceptingOverAVerifiedFileWithCrLf_ReplacesIt()
    {
        var file = Temp.File("windows");
        File.WriteAllText(file.VerifiedPath, "a\r\n");

        var result = Approver.Compare("a\n", file, Accepting);

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Accepted));
        Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("a\n"));
    }

    [Test]
    public void Compare_AcceptingAnEqualText_IsEqualNotAccepted()
    {
        var file = Temp.File("same");
        File.WriteAllText(file.VerifiedPath, "same\n");
        var before = File.GetLastWriteTimeUtc(file.VerifiedPath);

        var result = Approver.Compare("same\n", file, Accepting);

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Equal));
        Assert.That(File.GetLastWriteTimeUtc(file.VerifiedPath), Is.EqualTo(before));
    }

    [Test]
    public void Compare_AcceptingOnCI_FailsAndLeavesTheVerifiedFileUnchanged()
    {
        var file = Temp.File("dog-pig");
        File.WriteAllText(file.VerifiedPath, "approved\n");

        var result = Approver.Compare("changed\n", file, AcceptingOnCI);

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Different));
            Assert.That(result.Message, Does.StartWith("Refusing to accept on CI"));
            Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("approved\n"));
            Assert.That(File.ReadAllText(file.ReceivedPath), Is.EqualTo("changed\n"));
        });
    }

    [Test]
    public void Compare_AcceptingANewTextOnCI_DoesNotCreateTheVerifiedFile()
    {
        var file = Temp.File("brand-new");

        var result = Approver.Compare("text\n", file, AcceptingOnCI);

        Assert.That(result.Passed, Is.False);
        Assert.That(File.Exists(file.VerifiedPath), Is.False);
        Assert.That(File.Exists(file.ReceivedPath), Is.True);
    }
}

using System.Text;

namespace ContinuationKatas.Approvals.Tests;

public sealed class CompareTests : TempDirectoryFixture
{
    private static readonly ApprovalSettings Plain = new();
    [Test]
    public void Compare_NoVerifiedFile_IsNewAndWritesOnlyTheReceivedFile()
    {
        var file = Temp.File("dog-pig");

        var result = Approver.Compare("  5000 ms  🐶🐷!\n", file, Plain);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.New));
            Assert.That(result.Passed, Is.False);
            Assert.That(result.File, Is.SameAs(file));
            Assert.That(File.Exists(file.VerifiedPath), Is.False, "A new text is never approved by itself.");
            Assert.That(File.ReadAllText(file.ReceivedPath, Encoding.UTF8), Is.EqualTo("  5000 ms  🐶🐷!\n"));
            Assert.That(result.Message, Does.StartWith($"New: there is no approved file yet at {file.VerifiedPath}."));
            Assert.That(result.Message, Does.Contain("\n      5000 ms  🐶🐷!\n").And.Contain("KATA_ACCEPT=1"));
        });
    }

    [Test]
    public void Compare_NoVerifiedFileInAMissingDirectory_CreatesTheDirectoryForTheReceivedFile()
    {
        var file = ApprovalFile.Named(Path.Combine(Temp.Path, "not", "yet"), "scenario");

        var result = Approver.Compare("x", file, Plain);

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.New));
        Assert.That(File.Exists(file.ReceivedPath), Is.True);
    }

    [Test]
    public void Compare_EqualText_IsEqualAndDeletesAStaleReceivedFile()
    {
        var file = Temp.File("warm-up");
        File.WriteAllText(file.VerifiedPath, "     0 ms  main: end\n");
        File.WriteAllText(file.ReceivedPath, "stale from an earlier failing run\n");

        var result = Approver.Compare("     0 ms  main: end\n", file, Plain);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Equal));
            Assert.That(result.Passed, Is.True);
            Assert.That(File.Exists(file.ReceivedPath), Is.False);
            Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("     0 ms  main: end\n"));
        });
    }

    [Test]
    public void Compare_ReceivedWithoutFinalNewline_IsEqualToAVerifiedFileWithOne()
    {
        var file = Temp.File("no-final-newline");
        File.WriteAllText(file.VerifiedPath, "a\nb\n");

        Assert.That(Approver.Compare("a\nb", file, Plain).Outcome, Is.EqualTo(ApprovalOutcome.Equal));
    }

    [Test]
    public void Compare_DifferentText_IsDifferentWithADiffAndWritesTheReceivedFile()
    {
        var file = Temp.File("dog-pig");
        File.WriteAllText(file.VerifiedPath, "     0 ms  main: end\n  2000 ms  🐶\n  5000 ms  🐷\n");

        var result = Approver.Compare("     0 ms  main: end\n  5000 ms  🐶\n  5000 ms  🐷\n", file, Plain);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Different));
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Does.StartWith("Differs from the approved file (- approved, + received):\n"));
            Assert.That(result.Message, Does.Contain("\n       0 ms  main: end\n"), "Unchanged lines are indented by two spaces.");
            Assert.That(result.Message, Does.Contain("\n-   2000 ms  🐶\n"));
            Assert.That(result.Message, Does.Contain("\n+   5000 ms  🐶\n"));
            Assert.That(result.Message, Does.Contain($"Approved: {file.VerifiedPath}\nReceived: {file.ReceivedPath}"));
            Assert.That(File.ReadAllText(file.ReceivedPath), Is.EqualTo("     0 ms  main: end\n  5000 ms  🐶\n  5000 ms  🐷\n"));
            Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("     0 ms  main: end\n  2000 ms  🐶\n  5000 ms  🐷\n"),
                "A verified file is never changed without accepting.");
        });
    }

    [Test]
    public void Compare_VerifiedNotUtf8_IsInvalid()
    {
        var file = Temp.File("latin1");
        File.WriteAllBytes(file.VerifiedPath, [0x63, 0x61, 0x66, 0xE9, 0x0A]);

        var result = Approver.Compare("café\n", file, Plain);

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Invalid));
        Assert.That(result.Message, Does.Contain("is not valid UTF-8"));
        Assert.That(File.ReadAllText(file.ReceivedPath, Encoding.UTF8), Is.EqualTo("café\n"));
    }

    [Test]
    public void Compare_Received_IsWrittenAsUtf8WithoutByteOrderMark()
    {
        var file = Temp.File("bytes");

        Approver.Compare("🐶\n", file, Plain);

        Assert.That(File.ReadAllBytes(file.ReceivedPath), Is.EqualTo(new byte[] { 0xF0, 0x9F, 0x90, 0xB6, 0x0A }));
    }

    [Test]
    public void Compare_NullArguments_ThrowArgumentNullException()
    {
        var file = Temp.File("x");

        Assert.Multiple(() =>
        {
            Assert.That(() => Approver.Compare(null!, file, Plain), Throws.ArgumentNullException);
            Assert.That(() => Approver.Compare("x", null!, Plain), Throws.ArgumentNullException);
            Assert.That(() => Approver.Compare("x", file, null!), Throws.ArgumentNullException);
        });
    }
}

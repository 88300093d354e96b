using System.Text;

namespace ContinuationKatas.Approvals.Tests;

public sealed class LineEndingTests : TempDirectoryFixture
{
    private static readonly ApprovalSettings Plain = new();
    [Test]
    public void Compare_VerifiedWithCrLf_IsInvalidWithAMessageAboutLineEndings()
    {
        var file = Temp.File("windows");
        File.WriteAllText(file.VerifiedPath, "a\r\nb\r\n");

        var result = Approver.Compare("a\nb\n", file, Plain);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Invalid));
            Assert.That(result.Passed, Is.False);
            Assert.That(result.Message, Does.Contain("Windows line endings").And.Contain("git add --renormalize"));
            Assert.That(File.ReadAllText(file.VerifiedPath), Is.EqualTo("a\r\nb\r\n"), "An invalid verified file is reported, not silently fixed.");
            Assert.That(File.ReadAllText(file.ReceivedPath), Is.EqualTo("a\nb\n"));
        });
    }

    [Test]
    public void Compare_ReceivedWithCrLf_IsNormalisedToLf()
    {
        var file = Temp.File("received-crlf");

        Approver.Compare("a\r\nb\r\n", file, Plain);
        var written = File.ReadAllText(file.ReceivedPath);
        File.WriteAllText(file.VerifiedPath, "a\nb\n");
        var second = Approver.Compare("a\r\nb\r\n", file, Plain);

        Assert.That(written, Is.EqualTo("a\nb\n"));
        Assert.That(second.Outcome, Is.EqualTo(ApprovalOutcome.Equal));
    }

    [Test]
    public void Compare_VerifiedWithUtf8ByteOrderMark_IsEqual()
    {
        var file = Temp.File("bom");
        File.WriteAllText(file.VerifiedPath, "  2000 ms  🐶\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.That(File.ReadAllBytes(file.VerifiedPath)[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "The test needs a BOM to begin with.");

        var result = Approver.Compare("  2000 ms  🐶\n", file, Plain);

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Equal));
    }
}

namespace ContinuationKatas.Approvals.Tests;

public sealed class TrailingNewlineTests : TempDirectoryFixture
{
    [TestCase("a\nb")]
    [TestCase("a\nb\n\n")]
    public void Compare_VerifiedDiffersOnlyInTrailingNewlines_IsEqual(string verified)
    {
        var file = ApprovalFile.Named(Temp.Path, "scenario");
        File.WriteAllText(file.VerifiedPath, verified);

        var result = Approver.Compare("a\nb\n", file, new ApprovalSettings());

        Assert.That(result.Outcome, Is.EqualTo(ApprovalOutcome.Equal));
    }
}

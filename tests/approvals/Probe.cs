namespace ContinuationKatas.Approvals.Tests;

public sealed class ProbeTests
{
    [Test]
    public void Probe()
    {
        var dir = Path.Combine(Path.GetTempPath(), "probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = ApprovalFile.Named(dir, "x");
        File.WriteAllText(file.VerifiedPath, "a\nb");
        var r = Approver.Compare("a\nb\n", file, new ApprovalSettings());
        TestContext.Out.WriteLine(r.Outcome + "\n" + r.Message);
        File.WriteAllText(file.VerifiedPath, "a\nb\n\n");
        r = Approver.Compare("a\nb\n", file, new ApprovalSettings());
        TestContext.Out.WriteLine(r.Outcome + "\n" + r.Message);
        File.WriteAllText(file.VerifiedPath, "a\nb \n");
        r = Approver.Compare("a\nb\n", file, new ApprovalSettings());
        TestContext.Out.WriteLine(r.Outcome + "\n" + r.Message);
        Directory.Delete(dir, true);
    }
}

namespace ContinuationKatas.Approvals.Tests;

public sealed class UsageLogTests : TempDirectoryFixture
{
    [Test]
    public void Compare_WithAUsageLog_RecordsEveryVerifiedPathInAFileOfThisProcess()
    {
        var log = Path.Combine(Temp.Path, "usage");
        var settings = new ApprovalSettings { UsageLog = log };
        var first = Temp.File("dog-pig");
        var second = Temp.File("warm-up");
        File.WriteAllText(second.VerifiedPath, "x\n");

        Approver.Compare("anything\n", first, settings);
        Approver.Compare("x\n", second, settings);

        var own = Path.Combine(log, $"{Environment.ProcessId}.txt");
        Assert.That(Directory.GetFiles(log), Is.EqualTo(new[] { own }));
        Assert.That(File.ReadAllText(own), Is.EqualTo($"{Path.GetFullPath(first.VerifiedPath)}\n{Path.GetFullPath(second.VerifiedPath)}\n"));
    }

    [Test]
    public void Compare_WithARelativeDirectory_RecordsTheFullPath()
    {
        var log = Path.Combine(Temp.Path, "usage");
        var relative = ApprovalFile.Named(Path.GetRelativePath(Environment.CurrentDirectory, Temp.Path), "relative");

        Approver.Compare("x\n", relative, new ApprovalSettings { UsageLog = log });

        var recorded = File.ReadAllText(Path.Combine(log, $"{Environment.ProcessId}.txt"));
        Assert.That(recorded, Is.EqualTo(Path.Combine(Temp.Path, "relative.verified.txt") + "\n"));
    }

    [Test]
    public void Compare_WithoutAUsageLog_WritesNothingElse()
    {
        var file = Temp.File("quiet");

        Approver.Compare("x\n", file, new ApprovalSettings());

        Assert.That(Directory.GetFileSystemEntries(Temp.Path), Is.EqualTo(new[] { file.ReceivedPath }));
    }
}

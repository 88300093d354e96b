namespace ContinuationKatas.Approvals.Tests;

public sealed class UsageLogTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void CreateDirectory() => temp = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => temp.Dispose();

    [Test]
    public void Compare_WithAUsageLog_RecordsEveryVerifiedPathInAFileOfThisProcess()
    {
        var log = Path.Combine(temp.Path, "usage");
        var settings = new ApprovalSettings { UsageLog = log };
        var first = temp.File("dog-pig");
        var second = temp.File("warm-up");
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
        var log = Path.Combine(temp.Path, "usage");
        var relative = ApprovalFile.Named(Path.GetRelativePath(Environment.CurrentDirectory, temp.Path), "relative");

        Approver.Compare("x\n", relative, new ApprovalSettings { UsageLog = log });

        var recorded = File.ReadAllText(Path.Combine(log, $"{Environment.ProcessId}.txt"));
        Assert.That(recorded, Is.EqualTo(Path.Combine(temp.Path, "relative.verified.txt") + "\n"));
    }

    [Test]
    public void Compare_WithoutAUsageLog_WritesNothingElse()
    {
        var file = temp.File("quiet");

        Approver.Compare("x\n", file, new ApprovalSettings());

        Assert.That(Directory.GetFileSystemEntries(temp.Path), Is.EqualTo(new[] { file.ReceivedPath }));
    }
}

namespace ContinuationKatas.Approvals.Tests;

/// <summary>Gives each test a fresh temporary directory, deleted after the test.</summary>
public abstract class TempDirectoryFixture
{
    private TempDirectory? temp;

    /// <summary>This test's directory.</summary>
    protected TempDirectory Temp => temp ?? throw new InvalidOperationException("SetUp has not run.");

    [SetUp]
    public void CreateDirectory() => temp = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => temp?.Dispose();
}

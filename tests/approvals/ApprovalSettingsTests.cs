namespace ContinuationKatas.Approvals.Tests;

[NonParallelizable]
public sealed class ApprovalSettingsTests
{
    private static readonly string[] Variables = [ApprovalSettings.AcceptVariable, "CI", ApprovalSettings.UsageLogVariable];
    private Dictionary<string, string?> saved = [];

    [SetUp]
    public void SaveEnvironment() => saved = Variables.ToDictionary(name => name, Environment.GetEnvironmentVariable);

    [TearDown]
    public void RestoreEnvironment()
    {
        foreach (var (name, value) in saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Test]
    public void New_Defaults_NeitherAcceptNorCINorLog()
    {
        var settings = new ApprovalSettings();

        Assert.Multiple(() =>
        {
            Assert.That(settings.Accept, Is.False);
            Assert.That(settings.IsCI, Is.False);
            Assert.That(settings.UsageLog, Is.Null);
        });
    }

    [Test]
    public void VariableNames_Always_AreTheDocumentedOnes()
    {
        Assert.That(new[] { ApprovalSettings.AcceptVariable, ApprovalSettings.UsageLogVariable }, Is.EqualTo(new[] { "KATA_ACCEPT", "KATA_APPROVALS_LOG" }));
    }

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase(" yes ", true)]
    [TestCase("0", false)]
    [TestCase(" 0 ", false)]
    [TestCase("false", false)]
    [TestCase("False", false)]
    [TestCase("FALSE", false)]
    [TestCase("no", false)]
    [TestCase("   ", false)]
    [TestCase(null, false)]
    public void FromEnvironment_Variables_AreReadAsSwitches(string? value, bool on)
    {
        Environment.SetEnvironmentVariable(ApprovalSettings.AcceptVariable, value);
        Environment.SetEnvironmentVariable("CI", value);

        var settings = ApprovalSettings.FromEnvironment();

        Assert.That(settings.Accept, Is.EqualTo(on));
        Assert.That(settings.IsCI, Is.EqualTo(on));
    }

    [Test]
    public void FromEnvironment_UsageLogSet_IsThatDirectory()
    {
        Environment.SetEnvironmentVariable(ApprovalSettings.UsageLogVariable, "/tmp/approvals-log");

        Assert.That(ApprovalSettings.FromEnvironment().UsageLog, Is.EqualTo("/tmp/approvals-log"));
    }

    [Test]
    public void FromEnvironment_UsageLogUnset_IsNull()
    {
        Environment.SetEnvironmentVariable(ApprovalSettings.UsageLogVariable, null);

        Assert.That(ApprovalSettings.FromEnvironment().UsageLog, Is.Null);
    }
}

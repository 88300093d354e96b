namespace ContinuationKatas.Classroom.Tests;

public sealed class SetupCheckTests
{
    private const string GlobalJson = """{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" } }""";

    private static WorkflowFile Workflow(string setupWith, bool checkout = true, bool setupFirst = true)
    {
        var checkoutStep = checkout ? "      - uses: actions/checkout@v4\n" : string.Empty;
        var setupStep = $"      - uses: actions/setup-dotnet@v4\n        with:\n{setupWith}\n";
        var graded = "      - id: kata-01\n        uses: classroom-resources/autograding-command-grader@v1\n";
        return WorkflowFile.Parse("jobs:\n  grade:\n    steps:\n" + checkoutStep + (setupFirst ? setupStep + graded : graded + setupStep));
    }

    [Test]
    public void Problems_GlobalJsonFile_None()
    {
        Assert.That(SetupCheck.Problems("w", Workflow("          global-json-file: global.json"), GlobalJson), Is.Empty);
    }

    [Test]
    public void Problems_DotnetVersionOfAnotherSdk_IsReported()
    {
        Assert.That(SetupCheck.Problems("w", Workflow("          dotnet-version: 9.0.x"), GlobalJson),
            Has.One.Contains("installs .NET 9.0.x, but global.json asks for 10.0.100 (rollForward latestFeature)"));
    }

    [Test]
    public void Problems_NoSetupDotnetBeforeGrading_IsReported()
    {
        Assert.That(SetupCheck.Problems("w", Workflow("          global-json-file: global.json", setupFirst: false), GlobalJson),
            Has.One.StartsWith("w: install the SDK with actions/setup-dotnet@v4"));
    }

    [Test]
    public void Problems_NoCheckout_IsReported()
    {
        Assert.That(SetupCheck.Problems("w", Workflow("          global-json-file: global.json", checkout: false), GlobalJson),
            Has.One.StartsWith("w: check out the code"));
    }

    [Test]
    public void Problems_NoGradedStep_SaysNothingIsGraded()
    {
        Assert.That(SetupCheck.Problems("w", WorkflowFile.Parse("jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n"), GlobalJson),
            Has.One.Contains("so nothing is graded"));
    }

    [TestCase("10.0.100", "latestFeature", ExpectedResult = true)]
    [TestCase("10.0.x", "latestFeature", ExpectedResult = true)]
    [TestCase("10.0", "latestFeature", ExpectedResult = true)]
    [TestCase("10.0.1xx", "latestFeature", ExpectedResult = true)]
    [TestCase("10.0.2xx", "latestFeature", ExpectedResult = true)]
    [TestCase("10.0.1xx", "latestPatch", ExpectedResult = true)]
    [TestCase("10.0.2xx", "latestPatch", ExpectedResult = false)]
    [TestCase("10.0.x", null, ExpectedResult = false)]
    [TestCase("10.0.101", "latestFeature", ExpectedResult = false)]
    [TestCase("9.0.x", "latestFeature", ExpectedResult = false)]
    [TestCase("11.0.x", "latestMajor", ExpectedResult = false)]
    public bool Matches_SetupDotnetVersion_AgainstGlobalJson10_0_100(string wanted, string? rollForward) =>
        SetupCheck.Matches(wanted, "10.0.100", rollForward);
}

using System.Xml.Linq;

namespace ContinuationKatas.Tool.Tests;

public sealed class TrxReaderTests
{
    private const string Trx = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results>
            <UnitTestResult testName="Main_prints_dog_pig" outcome="Failed">
              <Output><ErrorInfo><Message>OneTimeSetUp: Not solved yet: step 1</Message></ErrorInfo></Output>
            </UnitTestResult>
            <UnitTestResult testName="Uses_callbacks_only" outcome="Passed" />
          </Results>
        </TestRun>
        """;

    [Test]
    public void Read_Trx_GivesNamesOutcomesAndMessages()
    {
        var results = TrxReader.Read(XDocument.Parse(Trx));

        Assert.That(results, Is.EqualTo(new[]
        {
            new TestResult("Main_prints_dog_pig", "Failed", "OneTimeSetUp: Not solved yet: step 1"),
            new TestResult("Uses_callbacks_only", "Passed", null),
        }));
    }

    [Test]
    public void ReadAll_MissingDirectory_IsEmpty() =>
        Assert.That(TrxReader.ReadAll(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))), Is.Empty);

    [Test]
    public void Read_EscapedEmojiInAMessage_IsUnescaped()
    {
        var trx = Trx.Replace("OneTimeSetUp: Not solved yet: step 1", "came at 7000 ms: \\ud83d\\udc36\\ud83d\\udc37!", StringComparison.Ordinal);

        Assert.That(TrxReader.Read(XDocument.Parse(trx))[0].Message, Is.EqualTo("came at 7000 ms: 🐶🐷!"));
    }
}

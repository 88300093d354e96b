namespace ContinuationKatas.Approvals.Tests;

public sealed class NormalizeTests
{
    [TestCase("a\nb\n", "a\nb\n")]
    [TestCase("a\r\nb\r\n", "a\nb\n")]
    [TestCase("a\rb", "a\nb\n")]
    [TestCase("a\nb", "a\nb\n")]
    [TestCase("a\n\n\n", "a\n")]
    [TestCase("\uFEFFa\n", "a\n")]
    [TestCase("", "")]
    [TestCase("\n\r\n", "")]
    [TestCase("\na\n", "\na\n")]
    [TestCase("a  \n", "a  \n")]
    public void Normalize_AnyText_UsesLfWithExactlyOneFinalNewline(string text, string expected)
    {
        Assert.That(Approver.Normalize(text), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_Null_ThrowsArgumentNullException()
    {
        Assert.That(() => Approver.Normalize(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Normalize_AlreadyNormalised_IsUnchanged()
    {
        const string text = "     0 ms  main: end\n  5000 ms  🐶🐷!\n";

        Assert.That(Approver.Normalize(Approver.Normalize(text)), Is.EqualTo(text));
    }
}

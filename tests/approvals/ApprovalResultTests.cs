namespace ContinuationKatas.Approvals.Tests;

public sealed class ApprovalResultTests
{
    [TestCase(ApprovalOutcome.Equal, true)]
    [TestCase(ApprovalOutcome.Accepted, true)]
    [TestCase(ApprovalOutcome.New, false)]
    [TestCase(ApprovalOutcome.Different, false)]
    [TestCase(ApprovalOutcome.Invalid, false)]
    public void Passed_EachOutcome_OnlyEqualAndAcceptedPass(ApprovalOutcome outcome, bool passed)
    {
        var result = new ApprovalResult(outcome, "message", ApprovalFile.Named("dir", "name"));

        Assert.That(result.Passed, Is.EqualTo(passed));
    }

    [Test]
    public void ApprovalException_FromAResult_CarriesItAndItsMessage()
    {
        var result = new ApprovalResult(ApprovalOutcome.Different, "what differs", ApprovalFile.Named("dir", "name"));

        var error = new ApprovalException(result);

        Assert.That(error.Result, Is.SameAs(result));
        Assert.That(error.Message, Is.EqualTo("what differs"));
    }

    [Test]
    public void ApprovalException_NullResult_ThrowsArgumentNullException()
    {
        Assert.That(() => new ApprovalException(null!), Throws.ArgumentNullException);
    }
}

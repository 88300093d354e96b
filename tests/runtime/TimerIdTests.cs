namespace ContinuationKatas.Runtime.Tests;

public sealed class TimerIdTests
{
    [Test]
    public void ToString_AnyId_ReadsTimerNumber()
    {
        Assert.That(new TimerId(7).ToString(), Is.EqualTo("timer #7"));
    }

    [Test]
    public void Equals_SameValue_IsEqual()
    {
        var three = new TimerId(3);

        Assert.Multiple(() =>
        {
            Assert.That(three, Is.EqualTo(new TimerId(3)));
            Assert.That(three, Is.Not.EqualTo(new TimerId(4)));
        });
    }

    [Test]
    public void SetTimeout_FirstTimerOfARun_IsTimerOne()
    {
        TimerId first = default;
        TimerId second = default;

        EventLoop.Run(loop => { first = loop.SetTimeout(() => { }, 1); });
        EventLoop.Run(loop => { second = loop.SetTimeout(() => { }, 1); });

        Assert.That(new[] { first, second }, Is.All.EqualTo(new TimerId(1)), "Ids are numbered per run.");
    }
}

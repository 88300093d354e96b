namespace ContinuationKatas.Runtime.Tests;

public sealed class LoopOptionsTests
{
    [Test]
    public void Default_Always_IsVirtualTimeWithTheDocumentedLimits()
    {
        var options = LoopOptions.Default;

        Assert.Multiple(() =>
        {
            Assert.That(options.Clock, Is.EqualTo(ClockMode.Virtual));
            Assert.That(options.Speed, Is.EqualTo(1));
            Assert.That(options.MaxCallbacks, Is.EqualTo(100_000));
            Assert.That(options.MaxTimeMs, Is.EqualTo(3_600_000));
            Assert.That(options.ForeignWorkGrace, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(options.OnLine, Is.Null);
            Assert.That(options.Epoch, Is.EqualTo(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void With_ChangedLimit_LeavesTheDefaultUntouched()
    {
        var custom = LoopOptions.Default with { MaxCallbacks = 5 };

        Assert.Multiple(() =>
        {
            Assert.That(custom.MaxCallbacks, Is.EqualTo(5));
            Assert.That(LoopOptions.Default.MaxCallbacks, Is.EqualTo(100_000));
            Assert.That(custom, Is.Not.EqualTo(LoopOptions.Default));
        });
    }
}

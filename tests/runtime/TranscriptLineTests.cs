namespace ContinuationKatas.Runtime.Tests;

public sealed class TranscriptLineTests
{
    [TestCase(0, "main: end", "     0 ms  main: end")]
    [TestCase(2000, "🐶", "  2000 ms  🐶")]
    [TestCase(123456, "six digits", "123456 ms  six digits")]
    [TestCase(1234567, "wider than six", "1234567 ms  wider than six")]
    [TestCase(5, "", "     5 ms  ")]
    public void ToString_AnyTime_RightAlignsTheTimeInSixColumns(long time, string text, string expected)
    {
        Assert.That(new TranscriptLine(time, text).ToString(), Is.EqualTo(expected));
    }

    [TestCase(148023, 6, "148023 ms  🐶🐷!")]
    [TestCase(5000, 7, "   5000 ms  🐶🐷!")]
    [TestCase(1234567, 6, "1234567 ms  🐶🐷!")]
    public void ToString_GivenWidth_RightAlignsTheTimeInAtLeastThatMany(long time, int width, string expected)
    {
        Assert.That(new TranscriptLine(time, "🐶🐷!").ToString(width), Is.EqualTo(expected));
    }

    [Test]
    public void Log_DuringATimer_StampsTheLineWithTheLoopsTime()
    {
        var transcript = EventLoop.Run(loop => loop.SetTimeout(() => loop.Log("pig"), 5000));

        Assert.That(transcript.Lines.Single(), Is.EqualTo(new TranscriptLine(5000, "pig")));
    }
}

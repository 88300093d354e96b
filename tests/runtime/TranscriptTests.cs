namespace ContinuationKatas.Runtime.Tests;

public sealed class TranscriptTests
{
    private static Transcript Sample() => new(
        [new TranscriptLine(0, "main: end"), new TranscriptLine(2000, "🐶"), new TranscriptLine(5000, "🐷"), new TranscriptLine(5000, "🐶")],
        [],
        5000);

    [Test]
    public void ToString_SeveralLines_OneRightAlignedLinePerEntryEachEndingInNewline()
    {
        Assert.That(Sample().ToString(), Is.EqualTo(
            "     0 ms  main: end\n" +
            "  2000 ms  🐶\n" +
            "  5000 ms  🐷\n" +
            "  5000 ms  🐶\n"));
    }

    [Test]
    public void ToString_ATimeWiderThanSixDigits_AlignsEveryLineToIt()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main");
            loop.SetTimeout(() => loop.Log("late"), 1_500_000);
        });

        Assert.That(transcript.ToString(), Is.EqualTo("      0 ms  main\n1500000 ms  late\n"));
    }

    [Test]
    public void ToString_NoLines_IsEmpty()
    {
        var transcript = EventLoop.Run(loop => loop.SetTimeout(() => { }, 10));

        Assert.That(transcript.ToString(), Is.Empty);
    }

    [Test]
    public void ToString_OfARun_MatchesTheLoggedLines()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => loop.Log("timer: 250 ms"), 250);
            loop.SetTimeout(() => loop.Log("timer: 12345 ms"), 12_345);
        });

        Assert.That(transcript.ToString(), Is.EqualTo("     0 ms  main: start\n   250 ms  timer: 250 ms\n 12345 ms  timer: 12345 ms\n"));
    }

    [Test]
    public void TimeOf_TextLoggedTwice_IsTheFirstLinesTime()
    {
        Assert.That(Sample().TimeOf("🐶"), Is.EqualTo(2000));
    }

    [Test]
    public void TimeOf_TextNeverLogged_IsNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sample().TimeOf("🐱"), Is.Null);
            Assert.That(Sample().TimeOf("main"), Is.Null, "Only an exact match counts.");
        });
    }

    [Test]
    public void Count_ExactText_CountsEveryMatchingLine()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sample().Count("🐶"), Is.EqualTo(2));
            Assert.That(Sample().Count("🐷"), Is.EqualTo(1));
            Assert.That(Sample().Count("main"), Is.Zero);
        });
    }

    [Test]
    public void EndedAtMs_AfterTheLastTimer_IsTheLastTimersTime()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("only line");
            loop.SetTimeout(() => { }, 4321);
        });

        Assert.That(transcript.EndedAtMs, Is.EqualTo(4321));
    }

    [Test]
    public void Lines_AfterTheRun_DoNotChangeWhenTheLoopIsUsedAgain()
    {
        EventLoop? kept = null;
        var transcript = EventLoop.Run(loop =>
        {
            kept = loop;
            loop.Log("one");
        });

        Assert.That(() => kept!.Log("two"), Throws.InvalidOperationException);
        Assert.That(transcript.Lines, Has.Count.EqualTo(1));
    }
}

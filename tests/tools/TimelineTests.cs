using System.Xml.Linq;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool.Tests;

public sealed class TimelineTests
{
    private static Timeline DogPig() => Timeline.From("sample", SamplePrograms.Record(SamplePrograms.DogPig));

    [TestCase("main: start", "main")]
    [TestCase("🐶🐷!", "c()")]
    [TestCase("catch 💥", "c()")]
    [TestCase("c: finished with no value", "c()")]
    [TestCase("dog(): awaiting", "dog")]
    [TestCase("timer: 500 ms", "timer")]
    public void LaneOf_Line_IsItsPrefixOrC(string line, string lane) =>
        Assert.That(Timeline.LaneOf(line), Is.EqualTo(lane));

    [Test]
    public void From_DogPig_HasLanesForMainAndC()
    {
        var timeline = DogPig();

        Assert.That(timeline.Lanes, Is.EqualTo(new[] { "main", "c()" }));
        Assert.That(timeline.Steps.Select(step => (step.TimeMs, step.Cause)), Is.EqualTo(new[] { (0L, "main runs"), (2000L, "timer #1 fires"), (5000L, "timer #2 fires") }));
        Assert.That(timeline.Steps[2].Segments.Single().Lines, Is.EqualTo(new[] { "🐶🐷!" }));
        Assert.That(timeline.EndMs, Is.EqualTo(5000));
    }

    [Test]
    public void From_DogPig_TiesEachTimerToTheStepsThatScheduledAndRanIt()
    {
        var timers = DogPig().Timers;

        Assert.That(timers.Select(t => (t.Id, t.ScheduledInStep, t.FiredInStep, t.FiredAtMs)), Is.EqualTo(new (long, int?, int?, long?)[] { (1, 0, 1, 2000), (2, 0, 2, 5000) }));
    }

    [Test]
    public void IsSuspended_CBetweenItsCallbacks_IsTrue()
    {
        var timeline = DogPig();

        Assert.That(timeline.IsSuspended("c()", 0), Is.True, "main called c, which awaits");
        Assert.That(timeline.IsSuspended("c()", 2), Is.False, "it runs in step 2");
        Assert.That(timeline.Resumes("c()", 1), Is.True);
        Assert.That(timeline.Resumes("main", 0), Is.False);
    }

    [Test]
    public void Render_Text_ShowsWhereCSuspendsAndResumes()
    {
        var text = TimelineText.Render(DogPig());

        Assert.That(text, Does.Contain("time       main            c()"));
        Assert.That(text, Does.Contain("     0 ms  ▶ main runs     ┆ called by main; awaits"));
        Assert.That(text, Does.Contain("  2000 ms                  ▶ timer #1 fires: resumes\n                           └ suspends (awaits)"));
        Assert.That(text, Does.Contain("│ 🐶🐷!\n                           └ done"));
        Assert.That(text, Does.Contain("#2  set at 0 ms for 5000 ms  → fired at 5000 ms"));
    }

    [Test]
    public void Render_WarmUp_PutsEachPrefixInItsLaneAndNothingSuspends()
    {
        var timeline = Timeline.From("warm-up", SamplePrograms.Record(SamplePrograms.WarmUp));
        var text = TimelineText.Render(timeline);

        Assert.That(timeline.Lanes, Is.EqualTo(new[] { "main", "microtask", "timer" }));
        Assert.That(text, Does.Not.Contain("┆").And.Not.Contain("resumes:"));
        Assert.That(text, Does.Contain("#2  set at 0 ms for 700 ms  → cleared, never fired"));
    }

    [Test]
    public void Render_Svg_IsWellFormedWithLanesTimersAndAxis()
    {
        var svg = TimelineSvg.Render(DogPig());

        var document = XDocument.Parse(svg);
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.That(document.Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(texts, Is.SupersetOf(new[] { "main", "c()", "timers", "timer #2 fires → resumes", "🐶🐷!", "0 ms", "2000 ms", "5000 ms", "suspended: awaits" }));
        Assert.That(texts, Has.Some.StartsWith("#1 setTimeout 2000 ms → fired at 2000 ms"));
    }

    [Test]
    public void From_TimerThenMicrotasks_FoldsThemIntoOneStep()
    {
        var timeline = Timeline.From("promised", SamplePrograms.Record(SamplePrograms.Promised));

        Assert.That(timeline.Steps.Select(step => step.Cause), Is.EqualTo(new[] { "main runs", "timer #1 fires + 2 microtasks" }));
        Assert.That(timeline.Steps[1].Segments.Single().Lines, Is.EqualTo(new[] { "🐶!" }));
        Assert.That(timeline.Timers.Single().FiredInStep, Is.EqualTo(1));
    }

    [Test]
    public void Wrap_LongLine_BreaksAtSpacesWithinTheBlock()
    {
        var pieces = TimelineSvg.Wrap("microtask: after main, before any timer").ToList();

        Assert.That(pieces, Is.EqualTo(new[] { "microtask: after main,", "before any timer" }));
    }

    [Test]
    public void From_TranscriptWithoutCallbackRecords_GivesAStepPerLine()
    {
        var transcript = EventLoop.Run(SamplePrograms.DogPig);

        var timeline = Timeline.From("plain", transcript);

        Assert.That(timeline.Steps, Has.Count.EqualTo(3));
        Assert.That(timeline.Lanes, Is.EqualTo(new[] { "main", "c()" }));
    }
}

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
        var text = Rendered.Text(console => TimelineText.Write(console, DogPig()), width: 80);

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
        var text = Rendered.Text(console => TimelineText.Write(console, timeline), width: 80);

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
    public void Render_CallbacksKata_UsesTheRungsWordsNotAwait()
    {
        var timeline = DogPig() with { Words = TimelineWords.ForGrade("callbacks") };

        var svg = TimelineSvg.Render(timeline);
        var text = Rendered.Text(console => TimelineText.Write(console, timeline), width: 80);

        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.That(texts, Is.SupersetOf(new[] { "waiting: c() has returned", "waiting: c() has returned; a callback continues its work" }));
        Assert.That(texts, Has.Some.Contains("→ continues c()"));
        Assert.That(text, Does.Contain("┆ called by main; returns").And.Contain("└ returns; a callback continues"));
        foreach (var word in new[] { "await", "suspend" })
        {
            Assert.That(texts, Has.None.Contains(word), $"the SVG says '{word}'");
            Assert.That(text, Does.Not.Contain(word), $"the text says '{word}'");
        }
    }

    [TestCase("callbacks", "waiting: c() has returned")]
    [TestCase("promises", "waiting: c() has returned")]
    [TestCase("await", "suspended: awaits")]
    [TestCase("bonus: call/cc", "waiting: its continuation is kept")]
    [TestCase("a grade added later", "suspended: awaits")]
    public void ForGrade_GradeName_GivesItsWords(string grade, string waiting)
    {
        Assert.That(TimelineWords.ForGrade(grade).Waiting, Is.EqualTo(waiting));
    }

    [TestCase(8)]
    [TestCase(40)]
    public void Render_ManyStepsWithLongLines_FitsTheReadmesWidth(int timers)
    {
        var timeline = Timeline.From("busy", SamplePrograms.Record(loop =>
        {
            loop.Log("main: start");
            for (var i = 1; i <= timers; i++)
            {
                var n = i;
                loop.SetTimeout(() => loop.Log($"timer: number {n} of many, with a long line to wrap"), n * 250);
            }
        }));

        var root = XDocument.Parse(TimelineSvg.Render(timeline)).Root!;
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ').Select(double.Parse).ToList();
        Assert.That(double.Parse(root.Attribute("width")!.Value), Is.LessThanOrEqualTo(1200));
        Assert.That(double.Parse(root.Attribute("height")!.Value) / double.Parse(root.Attribute("width")!.Value), Is.EqualTo(viewBox[3] / viewBox[2]).Within(0.01), "scaled, not cut");
        var boxes = root.Descendants().Where(e => e.Name.LocalName == "rect" && e.Attribute("x") is not null);
        Assert.That(boxes.Select(box => double.Parse(box.Attribute("x")!.Value) + double.Parse(box.Attribute("width")!.Value)), Has.All.LessThanOrEqualTo(viewBox[2]), "every box inside the picture");
    }

    [Test]
    public void Render_Svg_GivesEveryTextAnEmojiFontToFallBackOn()
    {
        var root = XDocument.Parse(TimelineSvg.Render(DogPig())).Root!;

        Assert.That(root.Attribute("font-family")!.Value, Does.Contain("'Noto Color Emoji'").And.Contain("'Apple Color Emoji'").And.Contain("'Segoe UI Emoji'"));
        Assert.That(root.Descendants().Where(e => e.Attribute("font-family") is not null).Select(e => e.Attribute("font-family")!.Value), Has.All.Contains("'Noto Color Emoji'"));
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
        var pieces = TimelineSvg.Wrap("microtask: after main, before any timer", 26).ToList();

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

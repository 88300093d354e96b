namespace ContinuationKatas.Tool.Tests;

public sealed class ProgressViewTests
{
    [Test]
    public void Render_FirstSolved_PointsToTheNextReadme()
    {
        var progress = new[]
        {
            KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Pass("A")]),
            KataProgress.From(Fakes.Catalog.Katas[1], [Fakes.NotSolved("B")]),
        };

        var text = Rendered.Text(console => ProgressView.Write(console, Fakes.Catalog, progress), width: 80);

        // Seen at 80 columns: marks, codes, titles and states in columns; the grade headings aligned with them.
        Assert.That(text, Is.EqualTo("""
            Continuation Katas: 1 of 2 katas solved

            Grade 1 · callbacks 1/1 solved
              ✔ 01 Loop warm-up solved

            Grade 2 · promises  0/1 solved
              · 04 Promise core not started

            Next: kata 04, Promise core. Open katas/04-promise-core/README.md
              Not solved yet: Kata 01, step 1: …

            """));
    }

    [Test]
    public void NextStep_KataInProgress_SaysHowManyTestsPassAndOffersAHint()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Pass("A"), Fakes.Fail("B")]) };

        Assert.That(ProgressView.NextStep(progress), Does.Contain("1 of 2 tests pass").And.Contain("./kata hint 01"));
    }

    [Test]
    public void Detail_KataNotStarted_IsTheStubsNextStep()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.NotSolved("A"), Fakes.NotSolved("B")]) };

        Assert.That(ProgressView.Detail(progress), Is.EqualTo("Not solved yet: Kata 01, step 1: …"));
    }

    [Test]
    public void Detail_KataInProgress_NamesTheFirstFailingTestAndItsMessage()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Pass("A"), Fakes.Fail("B", "Expected 5000 but was 7000\nmore")]) };

        Assert.That(ProgressView.Detail(progress), Is.EqualTo("First failing test: B: Expected 5000 but was 7000"));
    }

    [Test]
    public void Detail_MessageLeadingIntoADiagnosis_KeepsTheDiagnosis()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Fail("B", "Not the approved transcript:\n• came at 7000 ms: you started the second timer too late.\n\n- diff")]) };

        Assert.That(ProgressView.Detail(progress), Does.EndWith("Not the approved transcript: • came at 7000 ms: you started the second timer too late."));
    }

    [Test]
    public void Detail_AllSolved_IsNull()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Pass("A")]) };

        Assert.That(ProgressView.Detail(progress), Is.Null);
    }

    [Test]
    public void NextStep_KataWithoutResults_SaysItMayNotCompile()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], null) };

        Assert.That(ProgressView.NextStep(progress), Does.Contain("does not compile"));
    }

    [Test]
    public void NextStep_AllSolved_SuggestsComparing()
    {
        var progress = new[] { KataProgress.From(Fakes.Catalog.Katas[0], [Fakes.Pass("A")]) };

        Assert.That(ProgressView.NextStep(progress), Does.Contain("Every kata is solved"));
    }

    [Test]
    public void Detail_StubFailingAtSeveralSteps_ShowsTheLowestStep()
    {
        var progress = new[]
        {
            KataProgress.From(Fakes.Catalog.Katas[0], [
                new TestResult("A", "Failed", "Not solved yet: Kata 06, step 5: track rejections."),
                new TestResult("B", "Failed", "Not solved yet: Kata 06, step 1: write All."),
            ]),
        };

        Assert.That(ProgressView.Detail(progress), Is.EqualTo("Not solved yet: Kata 06, step 1: write All."));
    }
}

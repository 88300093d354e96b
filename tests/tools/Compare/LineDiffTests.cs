namespace ContinuationKatas.Tool.Tests;

public sealed class LineDiffTests
{
    [Test]
    public void Edits_OneLineChanged_RemovesOldAndAddsNew()
    {
        var edits = LineDiff.Edits(["a", "b", "c"], ["a", "B", "c"]);

        Assert.That(edits.Select(e => $"{e.Op}:{e.Text}"), Is.EqualTo(new[] { "Same:a", "Removed:b", "Added:B", "Same:c" }));
    }

    [Test]
    public void Unified_OneChange_PrintsHeadersHunkAndContext()
    {
        var diff = LineDiff.Unified("reference", "yours", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n");

        Assert.That(diff, Is.EqualTo("--- reference\n+++ yours\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
    }

    [Test]
    public void Unified_ChangesFarApart_MakesTwoHunks()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20));
        var after = before.Replace("2\n", "two\n", StringComparison.Ordinal).Replace("19", "nineteen", StringComparison.Ordinal);

        Assert.That(LineDiff.Unified("a", "b", before, after).Split('\n').Count(line => line.StartsWith("@@", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Unified_SameText_IsEmpty() =>
        Assert.That(LineDiff.Unified("a", "b", "x\ny\n", "x\r\ny\n"), Is.Empty);

    [Test]
    public void Unified_WithColor_PaintsRemovedRedAndAddedGreen()
    {
        var diff = LineDiff.Unified("a", "b", "x\n", "y\n", color: true);

        Assert.That(diff, Does.Contain("\u001b[31m-x\u001b[0m").And.Contain("\u001b[32m+y\u001b[0m"));
    }
}

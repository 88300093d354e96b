namespace ContinuationKatas.Tool.Tests;

public sealed class SourceDiffTests
{
    [Test]
    public void Unified_OneChange_PrintsHeadersHunkAndContext()
    {
        var diff = SourceDiff.Unified("reference", "yours", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n");

        Assert.That(diff, Is.EqualTo(new[] { "--- reference", "+++ yours", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8" }));
    }

    [Test]
    public void Unified_ChangesFarApart_MakesTwoHunks()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20));
        var after = before.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("19", "nineteen", StringComparison.Ordinal);

        Assert.That(SourceDiff.Unified("a", "b", before, after).Count(line => line.StartsWith("@@", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Unified_SameTextOtherLineEndings_IsEmpty() =>
        Assert.That(SourceDiff.Unified("a", "b", "x\ny\n", "x\r\ny"), Is.Empty);

    [Test]
    public void Unified_NewFile_IsAllAdded() =>
        Assert.That(SourceDiff.Unified("a", "b", string.Empty, "x\ny\n").Skip(3), Is.EqualTo(new[] { "+x", "+y" }));
}

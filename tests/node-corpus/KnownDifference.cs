using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests;

/// <summary>
/// One documented way a C# port prints something other than Node: a line printed differently, or a line Node prints
/// that the port does not. Turning the port's transcript back into Node's with these must give Node's file exactly.
/// </summary>
/// <param name="NodeLine">The line as Node prints it.</param>
/// <param name="CSharpLine">The line as the port prints it, or <see langword="null"/> when the port does not print it.</param>
/// <param name="AfterCSharpLine">For a line the port does not print, or prints elsewhere: the port's line that Node's comes after.</param>
public sealed record KnownDifference(string NodeLine, string? CSharpLine, string? AfterCSharpLine)
{
    /// <summary>The port prints <paramref name="csharp"/> where Node prints <paramref name="node"/>.</summary>
    public static KnownDifference Printed(TranscriptLine node, TranscriptLine csharp) => new(node.ToString(), csharp.ToString(), null);

    /// <summary>Node prints <paramref name="node"/> after the port's line <paramref name="after"/>; the port does not print it.</summary>
    public static KnownDifference NotPrinted(TranscriptLine node, TranscriptLine after) => new(node.ToString(), null, after.ToString());

    /// <summary>The port prints <paramref name="line"/> elsewhere: Node prints it after the port's line <paramref name="nodeAfter"/>.</summary>
    public static KnownDifference Moved(TranscriptLine line, TranscriptLine nodeAfter) => new(line.ToString(), line.ToString(), nodeAfter.ToString());

    /// <summary>Rewrites the port's lines into Node's; fails if the difference no longer occurs.</summary>
    public void ApplyTo(List<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var anchor = CSharpLine ?? AfterCSharpLine!;
        var index = lines.IndexOf(anchor);
        if (index < 0)
        {
            Assert.Fail($"A documented difference no longer occurs: the port does not print \"{anchor}\". If C# now matches Node here, remove the difference.");
        }

        if (CSharpLine is not null && AfterCSharpLine is not null)
        {
            // Moved: take the line out, put it back after Node's anchor.
            lines.RemoveAt(index);
            var after = lines.IndexOf(AfterCSharpLine);
            if (after < 0 || after == index - 1)
            {
                Assert.Fail($"A documented difference no longer occurs: \"{CSharpLine}\" is no longer printed elsewhere than after \"{AfterCSharpLine}\". If C# now matches Node here, remove the difference.");
            }

            lines.Insert(after + 1, NodeLine);
        }
        else if (CSharpLine is null)
        {
            lines.Insert(index + 1, NodeLine);
        }
        else
        {
            lines[index] = NodeLine;
        }
    }
}

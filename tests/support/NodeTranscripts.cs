using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// What Node printed for the programs of <c>tests/node-corpus</c>: a kata whose program is the C# version of one
/// of them is approved against Node's own transcript, line for line. Only <c>record.mjs</c> writes those files:
/// accepting (<c>KATA_ACCEPT</c>) never overwrites them.
/// </summary>
public static class NodeTranscripts
{
    /// <summary>tests/node-corpus.</summary>
    public static string Directory => Path.Combine(Kata.RepoRoot, "tests", "node-corpus");

    /// <summary>
    /// Fails unless <paramref name="transcript"/> is what Node printed for <c>programs/<paramref name="program"/>.js</c>.
    /// The failure names any <paramref name="diagnoses"/> that recognise the mistake, then shows the diff.
    /// </summary>
    public static void Approve(string program, Transcript transcript, params Diagnosis[] diagnoses)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(diagnoses);
        var file = ApprovalFile.Named(Directory, program);
        var result = Approver.Compare(transcript.ToString(), file, ApprovalSettings.FromEnvironment() with { Accept = false });
        if (result.Passed)
        {
            return;
        }

        var explanations = Scenarios.Explain(transcript, diagnoses).Select(explanation => "• " + explanation).ToList();
        var lead = $"The transcript is not what Node prints for tests/node-corpus/programs/{program}.js";
        Assert.Fail(explanations.Count == 0 ? $"{lead}.\n\n{result.Message}" : $"{lead}:\n{string.Join('\n', explanations)}\n\n{result.Message}");
    }
}

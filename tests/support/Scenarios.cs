using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// Approved transcripts shared by every kata that reproduces the same program: the dog+pig program has
/// one approved file, <c>tests/scenarios/dog-pig.verified.txt</c>, whichever rung produced it.
/// </summary>
public static class Scenarios
{
    /// <summary>
    /// Fails unless <paramref name="transcript"/> equals the approved transcript of <paramref name="scenario"/>.
    /// The failure names any <paramref name="diagnoses"/> that recognise the mistake, then shows the diff.
    /// </summary>
    public static void Approve(string scenario, Transcript transcript, params Diagnosis[] diagnoses)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(diagnoses);
        var file = ApprovalFile.Named(Kata.ScenarioDirectory, scenario);
        var result = Approver.Compare(transcript.ToString(), file, ApprovalSettings.FromEnvironment());
        if (result.Passed)
        {
            return;
        }

        var explanations = Explain(transcript, diagnoses).Select(explanation => "• " + explanation).ToList();
        var lead = explanations.Count == 0
            ? $"The transcript is not the approved \"{scenario}\" transcript."
            : $"The transcript is not the approved \"{scenario}\" transcript:\n{string.Join('\n', explanations)}";
        Assert.Fail($"{lead}\n\n{result.Message}");
    }

    /// <summary>The explanations of the <paramref name="diagnoses"/> that recognise a mistake in <paramref name="transcript"/>.</summary>
    public static IReadOnlyList<string> Explain(Transcript transcript, params Diagnosis[] diagnoses)
    {
        ArgumentNullException.ThrowIfNull(diagnoses);
        return [.. diagnoses.Where(diagnosis => diagnosis.Applies(transcript)).Select(diagnosis => diagnosis.Explanation)];
    }
}

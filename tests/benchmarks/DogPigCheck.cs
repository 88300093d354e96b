using System.Reflection;
using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks.Tests;

/// <summary>What a rung's run must show to be measured: the approved dog+pig transcript, the dog at 2000 ms, the pig at 5000 ms.</summary>
internal static class DogPigCheck
{
    // tests/scenarios, from the project file: dog-pig.verified.txt is the one approved transcript every rung shares.
    private static readonly string ScenarioDirectory = typeof(DogPigCheck).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ScenarioDirectory").Value!;

    /// <summary>What is wrong with <paramref name="transcript"/> as a dog+pig run, or nothing.</summary>
    public static IReadOnlyList<string> Problems(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var problems = new List<string>();

        // The shared approved file is only read here, never accepted (KATA_ACCEPT is ignored): a benchmark does not
        // get to redefine what dog+pig prints.
        var settings = ApprovalSettings.FromEnvironment() with { Accept = false };
        var approval = Approver.Compare(transcript.ToString(), ApprovalFile.Named(ScenarioDirectory, "dog-pig"), settings);
        if (!approval.Passed)
        {
            problems.Add(approval.Message);
        }

        // The transcript shows only the join at 5000 ms; the timers show when each animal came.
        var fired = transcript.Timers.Where(timer => timer.FiredAtMs > 0).Select(timer => timer.FiredAtMs!.Value).Distinct().Order().ToList();
        if (!fired.SequenceEqual([2000L, 5000L]))
        {
            problems.Add($"Timers fired at {string.Join(", ", fired)} ms; dog+pig fetches the dog at 2000 ms and the pig at 5000 ms.");
        }

        var unfinished = transcript.Timers.Count(timer => timer.FiredAtMs is null || timer.Cleared);
        if (unfinished > 0)
        {
            problems.Add($"{unfinished} timer(s) never fired or were cleared; a dog+pig run leaves none behind.");
        }

        return problems;
    }
}

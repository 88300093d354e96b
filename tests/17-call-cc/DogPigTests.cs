using System.Runtime.CompilerServices;
using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>Step 5: 🐶 and 🐷 as cooperative tasks, against the approved transcript beside this file.</summary>
public sealed class DogPigTests() : KataFixture(Ladder.Through(5))
{
    [Test]
    public void The_dog_and_the_pig_hand_over_to_each_other_and_arrive_at_2000_and_5000_ms()
    {
        var transcript = CpsRun.Run("DogPig.cs", DogPig.Main);
        var result = Approver.Compare(transcript.ToString(), ApprovalFile.Beside(Source(), nameof(The_dog_and_the_pig_hand_over_to_each_other_and_arrive_at_2000_and_5000_ms)),
            ApprovalSettings.FromEnvironment());
        if (!result.Passed)
        {
            Assert.Fail($"{Named(transcript)}The dog+pig hand-off transcript is not the approved one.\n\n{result.Message}");
        }
    }

    private static string Named(Transcript transcript)
    {
        var texts = transcript.Lines.Select(line => line.Text).ToList();
        if (texts.IndexOf("🐷 wakes up") is var pig and >= 0 && texts.IndexOf("🐶 sleeps") is var dog and >= 0 && dog < pig)
        {
            return "🐶 fell asleep before 🐷 woke up: the dog never handed over after waking up. Between the two prints, each task " +
                "yields: scheduler.Yield(rest), so the pig runs before the rest of the dog (step 5).\n";
        }

        if (transcript.TimeOf("🐷") == 7000)
        {
            return "🐷 at 7000 ms: the pig fell asleep only when the dog had arrived, so its 5000 ms started at 2000. Sleep must " +
                "hand over to the next ready task at once, not wait for its own timer (step 4).\n";
        }

        if (transcript.Count("🐶") > 1 || transcript.Count("🐷") > 1)
        {
            return "An animal arrived twice: a task's continuation was resumed twice. Each continuation in the queue, or kept by a " +
                "timer, runs once (step 4).\n";
        }

        return string.Empty;
    }

    private static string Source([CallerFilePath] string path = "") => path;
}

using System.Runtime.CompilerServices;
using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>Step 3: the rocket jump, against the approved transcript beside this file.</summary>
public sealed class RocketJumpTests() : KataFixture(Ladder.Through(3))
{
    [Test]
    public void Rocket_jump_prints_200_then_a_rocket_before_each_of_101_102_103()
    {
        var transcript = CpsRun.Run("RocketJump.cs", RocketJump.Main);
        var result = Approver.Compare(transcript.ToString(), ApprovalFile.Beside(Source(), nameof(Rocket_jump_prints_200_then_a_rocket_before_each_of_101_102_103)),
            ApprovalSettings.FromEnvironment());
        if (!result.Passed)
        {
            Assert.Fail($"{Named(transcript)}The rocket jump's transcript is not the approved one.\n\n{result.Message}");
        }
    }

    private static string Named(Transcript transcript)
    {
        if (transcript.Count("🚀") == 0)
        {
            return "No 🚀: the `when` line never ran after the first print. In CPS it is the continuation of the print " +
                "inside call/cc's continuation: print 100 + value, then, while count < 3, count up, print 🚀 and call the saved " +
                "continuation (step 3).\n";
        }

        if (transcript.Count("200") > 1)
        {
            return "200 again after a 🚀: the saved continuation got 100 again. (saved count) gives call/cc's continuation the " +
                "counter: 100 + 1 is 101 (step 3).\n";
        }

        return string.Empty;
    }

    private static string Source([CallerFilePath] string path = "") => path;
}

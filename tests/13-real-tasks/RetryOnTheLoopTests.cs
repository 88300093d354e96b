using System.Runtime.CompilerServices;
using ContinuationKatas.Approvals;
using ContinuationKatas.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>Step 7 on the kit's loop: the same RunAsync, given loop.TimeProvider, against an approved transcript beside this file.</summary>
public sealed class RetryOnTheLoopTests() : KataFixture(Gate.DogPigSolved)
{
    [Test]
    public void On_the_loop_the_attempts_come_at_0_1000_and_2000_ms()
    {
        var transcript = TaskRun.Run(Retry.Main);
        var result = Approver.Compare(transcript.ToString(), ApprovalFile.Beside(Source(), nameof(On_the_loop_the_attempts_come_at_0_1000_and_2000_ms)),
            ApprovalSettings.FromEnvironment());

        if (!result.Passed)
        {
            Assert.Fail(
                "Retry.Main's transcript is not the approved one: attempt 1 at 0 ms, a second's delay on loop.TimeProvider, attempt 2 at " +
                "1000 ms, another second, attempt 3 at 2000 ms, which gives 🐶 (step 7).\n\n" + result.Message);
        }
    }

    private static string Source([CallerFilePath] string path = "") => path;
}

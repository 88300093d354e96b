using System.Runtime.CompilerServices;
using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.CustomBuilder.Tests;

/// <summary>The compiler's calls on your builder, in order, against an approved trace beside this file.</summary>
public sealed class BuilderTraceTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void For_dog_pig_the_compiler_calls_Create_Start_AwaitOnCompleted_Task_then_AwaitOnCompleted_and_SetResult()
    {
        var transcript = KataRun.Run(loop =>
        {
            BuilderTrace.Listener = member => loop.Log("· " + member);
            DogPig.Main(loop);
        });

        if (transcript.Count("· Create") == 0)
        {
            Assert.Fail("The trace has no Create: keep `BuilderTrace.Called(…)` as the first line of every builder member; the tests trace your builder through it.");
        }

        var result = Approver.Compare(transcript.ToString(), ApprovalFile.Beside(Source(), nameof(For_dog_pig_the_compiler_calls_Create_Start_AwaitOnCompleted_Task_then_AwaitOnCompleted_and_SetResult)),
            ApprovalSettings.FromEnvironment());
        if (!result.Passed)
        {
            Assert.Fail(
                "The builder's trace is not the approved one. Lines with · are the compiler's calls on your builder: Create and Start " +
                "when main calls c(); AwaitOnCompleted at the first await, inside Start; Task when c() hands its promise back; " +
                "AwaitOnCompleted again at 2000 ms (the second await); SetResult at 5000 ms, just before the Then in main prints.\n\n" +
                result.Message);
        }
    }

    private static string Source([CallerFilePath] string path = "") => path;
}

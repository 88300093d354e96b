using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>Step 2: the early exit.</summary>
public sealed class EarlyExitTests() : KataFixture(Ladder.Through(2))
{
    [Test]
    public void Early_exit_prints_1_2_3_4()
    {
        var transcript = CpsRun.Run("EarlyExit.cs", EarlyExit.Main);

        Assert.That(CpsRun.Texts(transcript).Where(text => text != "🙈"), Is.EqualTo(new[] { "1", "2", "3", "4" }),
            "(print 1), then call/cc's lambda prints 2 and jumps with (k 3): 3 is what call/cc returns, and the line after it prints 4 " +
            "(step 2).");
    }

    [Test]
    public void The_line_after_the_jump_never_runs()
    {
        var transcript = CpsRun.Run("EarlyExit.cs", EarlyExit.Main);

        Assert.That(transcript.Count("🙈"), Is.Zero,
            "🙈 printed: the line after (k 3) ran. A continuation is a jump, not a call that comes back: call k with 🙈's line as " +
            "the continuation of the call, k(3, _ => …🙈…), and let k ignore it (step 1), or end f with `return k(…)`. A step you " +
            "make and do not return never runs (step 2).");
    }
}

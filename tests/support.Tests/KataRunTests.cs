using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing.Tests;

public sealed class KataRunTests
{
    [Test]
    public void TryRun_LoopThreadBlocked_IsReportedAsBlockedWithWhatToLookFor()
    {
        using var release = new ManualResetEventSlim();
        try
        {
            var outcome = KataRun.TryRun(_ => { release.Wait(); return null; }, watchdog: TimeSpan.FromMilliseconds(50));

            Assert.That(outcome.Blocked, Is.True);
            Assert.That(KataRun.Explain(outcome), Does.Contain("stuck in main").And.Contain("blocks the loop's thread").And.Contain(".Result"));
        }
        finally
        {
            release.Set();
            KataRun.ForgetStuckRun();
        }
    }

    [Test]
    public void TryRun_StuckInATimer_NamesTheTimerAndTheTimeAndFailsLaterRunsAtOnce()
    {
        using var release = new ManualResetEventSlim();
        try
        {
            var outcome = KataRun.TryRun(loop => { loop.SetTimeout(release.Wait, 2000); return null; }, watchdog: TimeSpan.FromMilliseconds(50));
            var next = KataRun.TryRun(_ => null);

            Assert.That(KataRun.Explain(outcome), Does.Contain("stuck in a timer callback (timer #1, scheduled at t=0 ms), since t=2000 ms"));
            Assert.That((next.Blocked, next.EarlierRun), Is.EqualTo((true, true)));
            Assert.That(KataRun.Explain(next), Does.StartWith("Not run: an earlier run of this program is still stuck, in a timer callback")
                .And.Not.Contain("virtual time"), "the long explanation is given once, by the run that got stuck");
        }
        finally
        {
            release.Set();
            KataRun.ForgetStuckRun();
        }
    }

    [Test]
    public void TryRun_StubStillInPlace_IsExplainedAsNotSolvedYetWithTheNextStep()
    {
        var outcome = KataRun.TryRun(_ => throw new NotSolvedYetException("Kata 02, step 1: start both operations."));

        Assert.That(KataRun.Explain(outcome), Does.StartWith("Not solved yet: Kata 02, step 1: start both operations.")
            .And.Contain("katas/02-callbacks/README.md").And.Contain("./kata hint 02"));
    }

    [Test]
    public void TryRun_StubInsideATask_IsStillFoundAsNotSolvedYet()
    {
        var outcome = KataRun.TryRun(_ => Task.FromException(new NotSolvedYetException("step 3")));

        Assert.That(KataRun.FindNotSolved(outcome.Error)?.Message, Is.EqualTo("step 3"));
    }

    [Test]
    public void TryRun_ProgramStalls_IsExplainedWithTheLoopsMessage()
    {
        var outcome = KataRun.TryRun(_ => new TaskCompletionSource().Task, new LoopOptions { ForeignWorkGrace = TimeSpan.FromMilliseconds(10) });

        Assert.That(KataRun.Explain(outcome), Does.StartWith("Stalled at t=0 ms, 1 pending"));
    }

    [Test]
    public void TryRun_ProgramEndsWell_HasNothingToExplain()
    {
        var outcome = KataRun.TryRun(loop => { loop.Log("hi"); return null; });

        Assert.That((KataRun.Explain(outcome), outcome.Transcript?.ToString()), Is.EqualTo(((string?)null, "     0 ms  hi\n")));
    }
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing.Tests;

public sealed class KataFixtureTests
{
    [Test]
    public void FailWhileBlocked_ProgramBlocksItsThread_ExplainsOnceThenRefersToIt()
    {
        using var release = new ManualResetEventSlim();
        try
        {
            var fixture = new Fixture(_ => { release.Wait(); return null; });
            fixture.FailWhileNotSolved();

            var first = fixture.NextBlockedMessage();
            var second = fixture.NextBlockedMessage();
            var third = fixture.NextBlockedMessage();

            Assert.That(first, Does.StartWith("The program did not finish within").And.Contain("blocks the loop's thread"));
            Assert.That(new[] { second, third }, Has.All.StartWith("Not run: an earlier run of this program is still stuck, in main")
                .And.All.Not.Contain("blocks the loop's thread"));
        }
        finally
        {
            release.Set();
            KataRun.ForgetStuckRun();
        }
    }

    [Test]
    public void FailWhileBlocked_ProgramFinishes_HasNothingToSay()
    {
        var fixture = new Fixture(loop => { loop.Log("hi"); return null; });
        fixture.FailWhileNotSolved();

        Assert.That(fixture.NextBlockedMessage(), Is.Null);
    }

    private sealed class Fixture(Func<EventLoop, Task?> program) : KataFixture(program, TimeSpan.FromMilliseconds(50));
}

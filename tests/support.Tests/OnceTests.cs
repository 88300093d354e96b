using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing.Tests;

public sealed class OnceTests
{
    [Test]
    public void Callback_CalledTwice_FailsTheRunNamingBothTimes()
    {
        var outcome = KataRun.TryRun(loop =>
        {
            var done = new Once<string>(loop, "done");
            loop.SetTimeout(() => done.Callback("first"), 500);
            loop.SetTimeout(() => done.Callback("second"), 700);
            return null;
        });

        Assert.That(KataRun.Explain(outcome), Does.Contain("done was called twice: at 500 ms and again at 700 ms"));
    }

    [Test]
    public void Callback_CalledOnce_RecordsTimeAndValue()
    {
        Once<string>? done = null;
        KataRun.Run(loop =>
        {
            done = new Once<string>(loop, "done");
            loop.SetTimeout(() => done.Callback("🐶🐷"), 5000);
        });

        Assert.That(done!.Calls, Is.EqualTo(new[] { (5000L, "🐶🐷") }));
    }
}

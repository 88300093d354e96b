namespace ContinuationKatas.Runtime.Tests;

public sealed class VirtualClockTests
{
    [Test]
    public void Run_FiveSecondProgram_TranscriptShowsExactTimes()
    {
        var transcript = EventLoop.Run(loop =>
        {
            string? dog = null;
            string? pig = null;

            void Join()
            {
                if (dog is not null && pig is not null)
                {
                    loop.Log(dog + pig + "!");
                }
            }

            loop.SetTimeout(() => { dog = "🐶"; loop.Log("dog resolved"); Join(); }, 2000);
            loop.SetTimeout(() => { pig = "🐷"; loop.Log("pig resolved"); Join(); }, 5000);
            loop.Log("main: end");
        });

        Assert.That(transcript.ToString(), Is.EqualTo(
            "     0 ms  main: end\n" +
            "  2000 ms  dog resolved\n" +
            "  5000 ms  pig resolved\n" +
            "  5000 ms  🐶🐷!\n"));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(5000));
    }

    [Test]
    public void Now_WhenNothingIsReady_JumpsStraightToTheNextDueTime()
    {
        var times = new List<long>();

        EventLoop.Run(loop =>
        {
            times.Add(loop.Now);
            loop.SetTimeout(() => times.Add(loop.Now), 60_000);
            loop.SetTimeout(() => times.Add(loop.Now), 17);
        });

        Assert.That(times, Is.EqualTo(new long[] { 0, 17, 60_000 }));
    }

    [Test]
    public void Now_AcrossARun_NeverGoesBackwards()
    {
        var times = new List<long>();

        EventLoop.Run(loop =>
        {
            loop.SetTimeout(() =>
            {
                times.Add(loop.Now);
                loop.SetTimeout(() => times.Add(loop.Now), 0);
                loop.SetTimeout(() => times.Add(loop.Now), -100);
                loop.QueueMicrotask(() => times.Add(loop.Now));
            }, 3000);
            loop.SetTimeout(() => times.Add(loop.Now), 1000);
            loop.SetTimeout(() => times.Add(loop.Now), 3000);
        });

        Assert.That(times, Is.EqualTo(new long[] { 1000, 3000, 3000, 3000, 3000, 3000 }));
        Assert.That(times, Is.Ordered);
    }

    [Test]
    public void Now_InsideMainAndItsMicrotasks_StaysAtZero()
    {
        var times = new List<long>();

        EventLoop.Run(loop =>
        {
            times.Add(loop.Now);
            loop.QueueMicrotask(() => times.Add(loop.Now));
        });

        Assert.That(times, Is.EqualTo(new long[] { 0, 0 }));
    }

    [Test]
    public void Run_EagerVersusLazySecondTimer_FinishAtFiveAndSevenSeconds()
    {
        var eager = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() => loop.Log("dog"), 2000);
            loop.SetTimeout(() => loop.Log("pig"), 5000);
        });
        var lazy = EventLoop.Run(loop =>
        {
            loop.SetTimeout(() =>
            {
                loop.Log("dog");
                loop.SetTimeout(() => loop.Log("pig"), 5000);
            }, 2000);
        });

        Assert.That(eager.TimeOf("pig"), Is.EqualTo(5000));
        Assert.That(lazy.TimeOf("pig"), Is.EqualTo(7000));
    }
}

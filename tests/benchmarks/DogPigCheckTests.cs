using ContinuationKatas.Runtime;

namespace ContinuationKatas.Benchmarks.Tests;

/// <summary>Wrong dog+pig programs the rung check must reject, so a broken rung cannot be measured unnoticed.</summary>
public sealed class DogPigCheckTests
{
    [Test]
    public void Problems_PigStartedAfterTheDog_NamesTheTimeAndTheTimers()
    {
        // The lazy version: the pig's 5000 ms start only once the dog is there, so the join comes at 7000 ms.
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => loop.SetTimeout(() => loop.Log("🐶🐷!"), 5000), 2000);
            loop.Log("main: end");
        });

        var problems = DogPigCheck.Problems(transcript);

        Assert.That(problems, Has.Some.Contains("7000 ms  🐶🐷!"));
        Assert.That(problems, Has.Some.Contains("Timers fired at 2000, 7000 ms"));
    }

    [Test]
    public void Problems_RightLinesButBothAnimalsAt5000_NamesTheTimers()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            var arrived = 0;
            loop.SetTimeout(() => arrived++, 5000);
            loop.SetTimeout(() => { if (++arrived == 2) { loop.Log("🐶🐷!"); } }, 5000);
            loop.Log("main: end");
        });

        Assert.That(DogPigCheck.Problems(transcript), Is.EqualTo(new[] { "Timers fired at 5000 ms; dog+pig fetches the dog at 2000 ms and the pig at 5000 ms." }));
    }

    [Test]
    public void Problems_JoinLoggedBeforeMainEnds_ShowsTheDiff()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => { }, 2000);
            loop.SetTimeout(() => { }, 5000);
            loop.Log("🐶🐷!");
            loop.Log("main: end");
        });

        Assert.That(DogPigCheck.Problems(transcript), Has.Count.EqualTo(1).And.Some.Contains("Differs from the approved file"));
    }

    [Test]
    public void Problems_TimerLeftBehind_CountsIt()
    {
        var transcript = EventLoop.Run(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => { }, 2000);
            loop.SetTimeout(() => loop.Log("🐶🐷!"), 5000);
            loop.ClearTimeout(loop.SetTimeout(() => { }, 9000));
            loop.Log("main: end");
        });

        Assert.That(DogPigCheck.Problems(transcript), Is.EqualTo(new[] { "1 timer(s) never fired or were cleared; a dog+pig run leaves none behind." }));
    }
}

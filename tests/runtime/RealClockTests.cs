namespace ContinuationKatas.Runtime.Tests;

public sealed class RealClockTests
{
    private static readonly string[] DogPigOrder = ["main: end of synchronous part", "microtask", "dog", "dog again", "delay", "pig"];

    private static Task DogPig(EventLoop loop)
    {
        loop.SetTimeout(() => loop.Log("pig"), 5000);
        loop.SetTimeout(() => loop.Log("dog"), 2000);
        loop.SetTimeout(() => loop.Log("dog again"), 2000);
        loop.QueueMicrotask(() => loop.Log("microtask"));
        loop.Log("main: end of synchronous part");
        return Delayed(loop);
    }

    private static async Task Delayed(EventLoop loop)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
        loop.Log("delay");
    }

    [Test]
    public void Run_RealClockOnTime_StampsEachLineWithItsDueTime()
    {
        var clock = new SteppingClock();

        var transcript = EventLoop.Run(DogPig, new LoopOptions { Clock = ClockMode.Real, Speed = 100, RealClock = clock });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(DogPigOrder));
        Assert.That(transcript.Lines.Select(line => line.TimeMs), Is.EqualTo(new long[] { 0, 0, 2000, 2000, 3000, 5000 }));
        Assert.That(clock.GetElapsedTime(0), Is.EqualTo(TimeSpan.FromMilliseconds(50)), "5000 ms at 100× speed waits 50 ms of the real clock");
    }

    [Test]
    public void Run_RealClockLate_StampsTheClocksTimeAndKeepsTheOrder()
    {
        // Every wait ends 150 ms late (a descheduled thread): at 100× speed that is 15000 ms of program time each.
        var clock = new SteppingClock { Late = () => TimeSpan.FromMilliseconds(150) };

        var transcript = EventLoop.Run(DogPig, new LoopOptions { Clock = ClockMode.Real, Speed = 100, RealClock = clock });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(DogPigOrder));
        Assert.That(transcript.Lines.Select(line => line.TimeMs), Is.EqualTo(new long[] { 0, 0, 17000, 17000, 17000, 17000 }));
    }
}

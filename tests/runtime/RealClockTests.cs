namespace ContinuationKatas.Runtime.Tests;

public sealed class RealClockTests
{
    [Test]
    public void Run_RealClockSpedUp_KeepsTheVirtualClocksOrder()
    {
        // Speed = 100: the 2000 and 5000 ms timers take 20 and 50 ms of real time. Only the order is checked,
        // never how long anything took.
        var options = new LoopOptions { Clock = ClockMode.Real, Speed = 100 };

        var transcript = EventLoop.Run(async loop =>
        {
            loop.SetTimeout(() => loop.Log("pig"), 5000);
            loop.SetTimeout(() => loop.Log("dog"), 2000);
            loop.SetTimeout(() => loop.Log("dog again"), 2000);
            loop.QueueMicrotask(() => loop.Log("microtask"));
            loop.Log("main: end of synchronous part");
            await Task.Delay(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
            loop.Log("delay");
        }, options);

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[]
        {
            "main: end of synchronous part", "microtask", "dog", "dog again", "delay", "pig",
        }));
        Assert.That(transcript.Lines.Select(line => line.TimeMs), Is.Ordered);
    }
}

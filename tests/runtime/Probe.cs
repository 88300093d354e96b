namespace ContinuationKatas.Runtime.Tests;

public sealed class ProbeTests
{
    [Test]
    public void Probe_RaceWaitAsync()
    {
        var ends = new Dictionary<long, int>();
        for (var i = 0; i < 300; i++)
        {
            long key;
            try
            {
                var t = EventLoop.Run(async loop =>
                {
                    var r = await Task.Run(() => 42).WaitAsync(TimeSpan.FromSeconds(10), loop.TimeProvider);
                    loop.Log("got " + r);
                });
                key = t.EndedAtMs;
            }
            catch (EventLoopException)
            {
                key = -1;
            }
            ends[key] = ends.GetValueOrDefault(key) + 1;
        }
        TestContext.Out.WriteLine(string.Join(", ", ends.Select(kv => $"{kv.Key}:{kv.Value}")));
    }

    [Test]
    public void Probe_Escape()
    {
        var e = Assert.Throws<EventLoopException>(() => EventLoop.Run(async loop =>
        {
            await Task.Run(() => { }).ConfigureAwait(false);
            loop.Log("x");
        }));
        TestContext.Out.WriteLine(e!.Failure + " " + e.Message);
    }

    [Test]
    public void Probe_Periodic()
    {
        var t = EventLoop.Run(async loop =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(300), loop.TimeProvider);
            for (var i = 0; i < 3; i++)
            {
                await timer.WaitForNextTickAsync();
                loop.Log("tick");
            }
        });
        TestContext.Out.WriteLine(t.ToString());
        foreach (var r in t.Timers) { TestContext.Out.WriteLine(r.ToString()); }
    }
}

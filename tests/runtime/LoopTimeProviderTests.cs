namespace ContinuationKatas.Runtime.Tests;

public sealed class LoopTimeProviderTests
{
    [Test]
    public void TaskDelay_InAsyncMain_ResumesOnTheLoopThreadAtTheVirtualTime()
    {
        var loopThread = -1;
        var resumedOn = -2;

        var transcript = EventLoop.Run(async loop =>
        {
            loopThread = Environment.CurrentManagedThreadId;
            loop.Log("main: start");
            await Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider);
            resumedOn = Environment.CurrentManagedThreadId;
            loop.Log("after 2000 ms");
        });

        Assert.That(transcript.ToString(), Is.EqualTo("     0 ms  main: start\n  2000 ms  after 2000 ms\n"));
        Assert.That(resumedOn, Is.EqualTo(loopThread));
    }

    [Test]
    public void TaskDelay_TwoStartedTogether_BothFinishAtTheLongerDelay()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            var dog = Task.Delay(TimeSpan.FromMilliseconds(2000), loop.TimeProvider);
            var pig = Task.Delay(TimeSpan.FromMilliseconds(5000), loop.TimeProvider);
            await dog;
            loop.Log("dog");
            await pig;
            loop.Log("pig");
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(2000, "dog"), new TranscriptLine(5000, "pig") }));
    }

    [Test]
    public void WaitAsync_TaskNeverCompletes_TimesOutAtTheVirtualDeadline()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            var never = new TaskCompletionSource<string>();
            try
            {
                await never.Task.WaitAsync(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
                loop.Log("no timeout");
            }
            catch (TimeoutException)
            {
                loop.Log("timed out");
            }
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(3000, "timed out") }));
    }

    [Test]
    public void WaitAsync_TaskCompletesFirst_ResultArrivesAndTheTimeoutTimerIsCleared()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            var source = new TaskCompletionSource<string>();
            loop.SetTimeout(() => source.SetResult("🐶"), 100);
            loop.Log(await source.Task.WaitAsync(TimeSpan.FromMilliseconds(1000), loop.TimeProvider));
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(100, "🐶") }));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(100), "The run must not wait for the timeout that is no longer needed.");
        Assert.That(transcript.Timers[1], Is.EqualTo(new TimerRecord(new TimerId(2), 0, 1000, null, true)));
    }

    [Test]
    public void CancellationTokenSource_WithTheLoopsTimeProvider_CancelsAtTheVirtualTime()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(750), loop.TimeProvider);
            var cancelled = new TaskCompletionSource();
            using var registration = source.Token.Register(() =>
            {
                loop.Log("cancelled");
                cancelled.SetResult();
            });
            await cancelled.Task;
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(750, "cancelled") }));
    }

    [Test]
    public void TaskDelay_CancelledByALoopTimer_ThrowsAtTheCancellationTime()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            using var source = new CancellationTokenSource();
            loop.SetTimeout(source.Cancel, 400);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5000), loop.TimeProvider, source.Token);
            }
            catch (OperationCanceledException)
            {
                loop.Log("cancelled");
            }
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(400, "cancelled") }));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(400));
    }

    [Test]
    public void PeriodicTimer_WithTheLoopsTimeProvider_TicksEveryPeriodOfVirtualTime()
    {
        var transcript = EventLoop.Run(async loop =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(300), loop.TimeProvider);
            for (var tick = 1; tick <= 3; tick++)
            {
                await timer.WaitForNextTickAsync();
                loop.Log($"tick {tick}");
            }
        });

        Assert.That(transcript.Lines.Select(line => line.TimeMs), Is.EqualTo(new long[] { 300, 600, 900 }));
        Assert.That(transcript.EndedAtMs, Is.EqualTo(900), "Disposing the PeriodicTimer clears its next tick.");
    }

    [Test]
    public void CreateTimer_FractionalDueTime_RoundsUpToWholeMilliseconds()
    {
        var transcript = EventLoop.Run(loop =>
        {
            var timer = loop.TimeProvider.CreateTimer(_ => loop.Log("fired"), null, TimeSpan.FromMilliseconds(0.25), Timeout.InfiniteTimeSpan);
            loop.SetTimeout(timer.Dispose, 5);
        });

        Assert.That(transcript.Lines, Is.EqualTo(new[] { new TranscriptLine(1, "fired") }));
    }

    [Test]
    public void CreateTimer_ChangedToInfinite_NeverFires()
    {
        var changedAfterDispose = true;

        var transcript = EventLoop.Run(loop =>
        {
            var timer = loop.TimeProvider.CreateTimer(_ => loop.Log("fired"), null, TimeSpan.FromMilliseconds(100), Timeout.InfiniteTimeSpan);
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            timer.Dispose();
            changedAfterDispose = timer.Change(TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);
        });

        Assert.That(transcript.Lines, Is.Empty);
        Assert.That(changedAfterDispose, Is.False, "Change on a disposed timer returns false.");
    }

    [Test]
    public void CreateTimer_WithState_PassesTheStateToTheCallback()
    {
        object? seen = null;
        var state = new object();

        EventLoop.Run(loop =>
        {
            var timer = loop.TimeProvider.CreateTimer(s => seen = s, state, TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);
            loop.SetTimeout(timer.Dispose, 20);
        });

        Assert.That(seen, Is.SameAs(state));
    }

    [Test]
    public void GetUtcNow_DuringTheRun_IsTheEpochPlusLoopTime()
    {
        var epoch = new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.Zero);
        var seen = new List<DateTimeOffset>();

        EventLoop.Run(loop =>
        {
            seen.Add(loop.TimeProvider.GetUtcNow());
            loop.SetTimeout(() => seen.Add(loop.TimeProvider.GetUtcNow()), 2500);
        }, new LoopOptions { Epoch = epoch });

        Assert.That(seen, Is.EqualTo(new[] { epoch, epoch.AddMilliseconds(2500) }));
    }

    [Test]
    public void GetElapsedTime_BetweenTwoTimers_IsTheVirtualTimeBetweenThem()
    {
        TimeSpan elapsed = default;

        EventLoop.Run(loop =>
        {
            var start = 0L;
            loop.SetTimeout(() => start = loop.TimeProvider.GetTimestamp(), 1000);
            loop.SetTimeout(() => elapsed = loop.TimeProvider.GetElapsedTime(start), 3500);
        });

        Assert.That(elapsed, Is.EqualTo(TimeSpan.FromMilliseconds(2500)));
    }

    [Test]
    public void LocalTimeZone_Always_IsUtc()
    {
        TimeZoneInfo? zone = null;

        EventLoop.Run(loop => { zone = loop.TimeProvider.LocalTimeZone; });

        Assert.That(zone, Is.EqualTo(TimeZoneInfo.Utc));
    }
}

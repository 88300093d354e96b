using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool.Tests;

/// <summary>The runtime's optional callback records, which the timeline is drawn from.</summary>
public sealed class CallbackRecordTests
{
    [Test]
    public void Callbacks_NotAskedFor_IsEmpty() =>
        Assert.That(EventLoop.Run(SamplePrograms.DogPig).Callbacks, Is.Empty);

    [Test]
    public void Callbacks_Recorded_GiveKindTimeTimerAndLines()
    {
        var transcript = SamplePrograms.Record(SamplePrograms.WarmUp);

        Assert.That(transcript.Callbacks.Select(c => (c.Kind, c.TimeMs, c.Timer?.Value, c.FirstLine, c.LineCount)), Is.EqualTo(new (CallbackKind, long, long?, int, int)[]
        {
            (CallbackKind.Main, 0, null, 0, 2),
            (CallbackKind.Microtask, 0, null, 2, 1),
            (CallbackKind.Timer, 500, 1, 3, 1),
        }));
        Assert.That(transcript.Callbacks[0].TimersScheduled, Is.EqualTo(new[] { new TimerId(1), new TimerId(2) }));
    }

    [Test]
    public void Callbacks_RunFailsInACallback_IncludeThatCallback()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(SamplePrograms.Stub, new LoopOptions { RecordCallbacks = true }));

        Assert.That(error!.Transcript.Callbacks.Select(c => (c.Kind, c.LineCount)), Is.EqualTo(new[] { (CallbackKind.Main, 1) }));
    }
}

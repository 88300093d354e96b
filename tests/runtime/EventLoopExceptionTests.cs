namespace ContinuationKatas.Runtime.Tests;

public sealed class EventLoopExceptionTests
{
    [Test]
    public void Message_AfterLinesWereLogged_EndsWithTheTranscriptSoFar()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop =>
        {
            loop.Log("main: end");
            loop.SetTimeout(() => loop.Log("dog"), 2000);
            loop.SetTimeout(() => throw new InvalidOperationException("boom"), 3000);
        }));

        Assert.That(error!.Message, Does.EndWith("\nTranscript until then:\n     0 ms  main: end\n  2000 ms  dog"));
    }

    [Test]
    public void Message_NothingLogged_SaysSo()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(_ => throw new InvalidOperationException("boom")));

        Assert.That(error!.Message, Does.EndWith("\nTranscript until then:\n(nothing was logged)"));
        Assert.That(error.Transcript.Lines, Is.Empty);
    }

    [Test]
    public void Constructor_AnyFailure_KeepsFailureTranscriptAndInnerException()
    {
        var transcript = new Transcript([new TranscriptLine(1, "x")], [], 1);
        var inner = new InvalidOperationException();

        var error = new EventLoopException(EventLoopFailure.Runaway, "message", transcript, inner);

        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(EventLoopFailure.Runaway));
            Assert.That(error.Message, Is.EqualTo("message"));
            Assert.That(error.Transcript, Is.SameAs(transcript));
            Assert.That(error.InnerException, Is.SameAs(inner));
        });
    }
}

using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.AsyncStreams.Tests;

public sealed class EarlyBreakTests() : KataFixture(Gated)
{
    // Steps in order: while Animals is still the stub, this fixture's tests say step 1 (calling Animals only makes the stream).
    private static Task Gated(EventLoop loop)
    {
        _ = DogPig.Animals(loop);
        return DogPig.MainDogOnly(loop);
    }

    private static readonly Diagnosis[] Mistakes =
    [
        Diagnosis.CountOf("producer: finally", 1,
            $"{StreamMistakes.NotDisposed} (or ran more than once): a consumer that leaves a stream early must dispose its enumerator. " +
            "await foreach does that when you break out of it; an enumerator taken by hand needs `await using` or DisposeAsync in a " +
            "finally (step 3)."),
        new(transcript => transcript.TimeOf("producer: finally") == 5000 && transcript.Count("got 🐷") > 0,
            "\"producer: finally\" came at 5000 ms: the consumer read the whole stream. Leave the loop after the dog with break (step 3)."),
        new(transcript => transcript.Count("got 🐷") > 0,
            "The consumer got the pig too: it needs only the dog, so break out of the await foreach after the first animal (step 3)."),
    ];

    [Test]
    public void A_consumer_that_breaks_after_the_dog_runs_the_producers_finally_once_at_2000_ms()
    {
        Scenarios.Approve("dog-pig-stream-break", StreamRun.Run(DogPig.MainDogOnly), Mistakes);
    }

    [Test]
    public void A_producer_left_after_the_dog_leaves_no_timer_behind()
    {
        // The kit's own consumer, so this checks Animals alone: one animal, then the enumerator is disposed, as break does.
        var transcript = StreamRun.Run(async loop =>
        {
            var enumerator = DogPig.Animals(loop).GetAsyncEnumerator();
            try
            {
                await enumerator.MoveNextAsync();
                loop.Log("test: got " + enumerator.Current);
            }
            finally
            {
                await enumerator.DisposeAsync();
                loop.Log("test: disposed");
            }
        });

        Assert.That(transcript.TimeOf("producer: finally"), Is.EqualTo(2000),
            $"{StreamMistakes.NotDisposed} at 2000 ms: DisposeAsync on an enumerator suspended at a yield must run the producer's " +
            "finally then, once. Put the yields inside try { } finally { } (step 1).\n" + transcript);
        Assert.That(transcript.Count("producer: finally"), Is.EqualTo(1), "The producer's finally must run exactly once.\n" + transcript);
        var left = StreamRun.LeftBehind(transcript, 2000);
        Assert.That(left, Is.Empty,
            $"{StreamMistakes.TimerLeftBehind}: the consumer left at 2000 ms, yet " +
            string.Join(", ", left.Select(timer => $"a timer scheduled at {timer.ScheduledAtMs} ms, due at {timer.DueAtMs} ms,")) +
            " was still pending, and the run went on until " + transcript.EndedAtMs + " ms. The producer started work the consumer never " +
            "asked for: start the pig's wait after the dog's yield (the producer resumes there only if someone asks), or cancel it in " +
            "the finally (step 1).");
        Assert.That(transcript.EndedAtMs, Is.EqualTo(2000), "Nothing is left to do after the dog: the run must end at 2000 ms.\n" + transcript);
    }

    [Test]
    public void Disposing_the_stream_twice_runs_the_finally_once()
    {
        var transcript = StreamRun.Run(async loop =>
        {
            var enumerator = DogPig.Animals(loop).GetAsyncEnumerator();
            await enumerator.MoveNextAsync();
            await enumerator.DisposeAsync();
            await enumerator.DisposeAsync();
        });

        Assert.That(transcript.Count("producer: finally"), Is.EqualTo(1),
            "The producer's finally must run exactly once, however often the enumerator is disposed: keep it in the iterator's " +
            "finally block, where the compiler guards it (step 1).\n" + transcript);
    }
}

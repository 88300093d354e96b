using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.AsyncStreams.Tests;

public sealed class StreamTests() : KataFixture(DogPig.Main)
{
    private static readonly Diagnosis[] Mistakes =
    [
        Diagnosis.LineAt("got 🐷", 7000,
            "\"got 🐷\" came at 7000 ms, not 5000: the producer waited 5000 ms after the dog. The pig is due 5000 ms after the start; " +
            "the producer resumes at 2000 ms, so what is left to wait is 3000 ms (step 1)."),
        new(transcript => StreamRun.Before(transcript, "producer: start", "main: stream created"),
            $"{StreamMistakes.Eager}: \"producer: start\" came before \"main: stream created\". Calling an async iterator only makes the " +
            "stream; its body starts at the first MoveNextAsync, which await foreach calls. Make Animals itself the async iterator " +
            "(async IAsyncEnumerable<string> with yield return), with nothing run outside it (step 1)."),
        Diagnosis.CountOf("producer: finally", 1,
            "\"producer: finally\" must be logged exactly once, when the producer ends: put the yields inside try { } finally { } (step 1)."),
        new(transcript => transcript.Count("🐶🐷!") == 1 && StreamRun.Before(transcript, "🐶🐷!", "got 🐷"),
            "\"🐶🐷!\" came before the pig: print it after the await foreach loop, once the stream has ended (step 2)."),
    ];

    [Test]
    public void Main_prints_each_animal_as_it_arrives_then_dog_pig_at_5000_ms()
    {
        Scenarios.Approve("dog-pig-stream", StreamRun.Run(DogPig.Main), Mistakes);
    }

    [Test]
    public void Animals_starts_only_at_the_first_MoveNextAsync()
    {
        var transcript = StreamRun.Run(async loop =>
        {
            var animals = DogPig.Animals(loop);
            loop.Log("test: stream created");
            var enumerator = animals.GetAsyncEnumerator();
            loop.Log("test: enumerator created");
            var first = enumerator.MoveNextAsync();
            loop.Log("test: MoveNextAsync called");
            try
            {
                await first;
            }
            finally
            {
                await enumerator.DisposeAsync();
            }
        });

        var texts = transcript.Lines.Select(line => line.Text).ToList();
        Assert.That(texts.IndexOf("producer: start"), Is.EqualTo(texts.IndexOf("test: enumerator created") + 1),
            $"{StreamMistakes.Eager}: an async stream is lazy. Neither calling Animals nor GetAsyncEnumerator runs its body; the first " +
            "MoveNextAsync does, up to its first await (a Task is the other way round: an async Task method runs at once). Make " +
            "Animals itself the async iterator (step 1).\n" + transcript);
    }

    [Test]
    public void Animals_is_an_async_iterator_written_with_yield_return()
    {
        var animals = typeof(DogPig).GetMethod(nameof(DogPig.Animals))!;

        Assert.That(animals.GetCustomAttributes(typeof(System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute), false), Is.Not.Empty,
            "Animals must be an async iterator, async IAsyncEnumerable<string> with await and yield return inside, so that the compiler " +
            "writes its MoveNextAsync and DisposeAsync (step 1; ./kata lower 15 shows them). A hand-written IAsyncEnumerable, or a method " +
            "that returns someone else's stream, is not what this kata teaches.");
    }

    [Test]
    public void A_stream_that_is_not_read_never_starts_its_timers()
    {
        var transcript = StreamRun.Run(loop =>
        {
            _ = DogPig.Animals(loop);
            loop.Log("test: nobody reads the stream");
            return null;
        });

        Assert.That(transcript.Timers, Is.Empty,
            $"{StreamMistakes.Eager}: a stream nobody reads started {transcript.Timers.Count} timer(s). Nothing of Animals runs until " +
            "the first MoveNextAsync (step 1).\n" + transcript);
        Assert.That(transcript.Count("producer: start"), Is.Zero, $"{StreamMistakes.Eager}: Animals ran although nobody read it.\n{transcript}");
    }
}

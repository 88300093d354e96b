using System.Runtime.CompilerServices;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.AsyncStreams.Tests;

public sealed class CancellationTests() : KataFixture(Gated)
{
    // Steps in order: while Animals is still the stub, this fixture's tests say step 1 (calling Animals only makes the stream).
    private static Task Gated(EventLoop loop)
    {
        _ = DogPig.Animals(loop);
        return DogPig.MainWithDeadline(loop);
    }

    private static string PigArrived =>
        HasEnumeratorCancellation()
            ? $"{StreamMistakes.TokenNotPassedOn}: the 🐷 still arrived at 5000 ms after the deadline at 3000 ms. Only a wait that is " +
              "given the token stops when it is cancelled: Task.Delay(delay, loop.TimeProvider, token) (step 4)."
            : $"{StreamMistakes.NoEnumeratorCancellation}, so the 🐷 still arrived at 5000 ms after the deadline at 3000 ms. " +
              "WithCancellation hands the token to GetAsyncEnumerator; the compiler passes it on to the iterator's own CancellationToken " +
              "parameter only if that parameter is marked [EnumeratorCancellation] (System.Runtime.CompilerServices). Without it the " +
              "compiler warns CS8425 and drops the token (step 4).";

    private static readonly Diagnosis[] Mistakes =
    [
        new(transcript => transcript.Count("got 🐷") > 0, PigArrived),
        Diagnosis.LineAt("main: cancelled", 5000,
            "\"main: cancelled\" came at 5000 ms: the producer noticed the cancellation only when its wait had ended. Pass the token to " +
            "Task.Delay, so that the wait itself ends at 3000 ms (step 4)."),
        new(transcript => transcript.Count("got 🐷") == 0 && transcript.Count("main: cancelled") == 0,
            "No \"main: cancelled\": catch the OperationCanceledException that leaves the await foreach when the deadline cancels " +
            "the stream, and log \"main: cancelled\" there (step 4)."),
    ];

    [Test]
    public void A_deadline_of_3000_ms_lets_the_dog_through_and_cancels_the_pig()
    {
        Scenarios.Approve("dog-pig-stream-deadline", StreamRun.Run(DogPig.MainWithDeadline), Mistakes);
    }

    [Test]
    public void The_token_given_to_WithCancellation_reaches_Animals()
    {
        // The kit's own consumer: only the producer is under test here.
        var transcript = StreamRun.Run(async loop =>
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
            try
            {
                await foreach (var animal in DogPig.Animals(loop).WithCancellation(deadline.Token))
                {
                    loop.Log("test: got " + animal);
                }
            }
            catch (OperationCanceledException)
            {
                loop.Log("test: cancelled");
            }
        });

        Assert.That(transcript.Count("test: got 🐷"), Is.Zero, PigArrived + "\n" + transcript);
        Assert.That(transcript.TimeOf("test: cancelled"), Is.EqualTo(3000),
            "Cancelled at 3000 ms, the producer's wait must end with an OperationCanceledException then (step 4).\n" + transcript);
        Assert.That(transcript.TimeOf("producer: finally"), Is.EqualTo(3000),
            "The producer's finally runs once, at 3000 ms, when the cancellation ends it.\n" + transcript);
    }

    [Test]
    public void A_token_passed_to_Animals_ends_its_wait_at_once_and_leaves_no_timer()
    {
        var transcript = StreamRun.Run(async loop =>
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(3000), loop.TimeProvider);
            try
            {
                await foreach (var animal in DogPig.Animals(loop, deadline.Token))
                {
                    loop.Log("test: got " + animal);
                }
            }
            catch (OperationCanceledException)
            {
                loop.Log("test: cancelled");
            }
        });

        Assert.That(transcript.TimeOf("test: cancelled"), Is.EqualTo(3000),
            $"{StreamMistakes.TokenNotPassedOn}: cancelled at 3000 ms, Animals went on waiting. Task.Delay(delay, loop.TimeProvider, " +
            "token) ends at once when the token is cancelled (step 4).\n" + transcript);
        Assert.That(StreamRun.LeftBehind(transcript, 3000), Is.Empty,
            $"{StreamMistakes.TimerLeftBehind}: after the cancellation at 3000 ms a timer was still pending. A cancelled Task.Delay " +
            "clears its timer; a wait started without the token does not (step 4).\n" + transcript);
    }

    [Test]
    public void The_token_parameter_of_Animals_is_marked_EnumeratorCancellation()
    {
        Assert.That(HasEnumeratorCancellation(), Is.True, StreamMistakes.NoEnumeratorCancellation + ": " +
            "mark Animals' CancellationToken parameter [EnumeratorCancellation], so the token given to WithCancellation becomes that " +
            "parameter (the compiler's warning CS8425 says the same) (step 4).");
    }

    private static bool HasEnumeratorCancellation() =>
        typeof(DogPig).GetMethod(nameof(DogPig.Animals))!.GetParameters()
            .Any(parameter => parameter.ParameterType == typeof(CancellationToken) &&
                              parameter.IsDefined(typeof(EnumeratorCancellationAttribute), false));
}

using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing.Tests;

public sealed class DogPigMistakesTests
{
    private static Transcript Program(Action<EventLoop> main) => KataRun.Run(main);

    [Test]
    public void For_ResultAt7000_SaysTheSecondTimerStartedTooLate()
    {
        var lazy = Program(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => loop.SetTimeout(() => loop.Log("🐶🐷!"), 5000), 2000);
            loop.Log("main: end");
        });

        Assert.That(Scenarios.Explain(lazy, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Exactly(1).Contains("started the second timer too late"));
    }

    [Test]
    public void For_SwappedResult_SaysToJoinInArgumentOrder()
    {
        var swapped = Program(loop => loop.SetTimeout(() => loop.Log("🐷🐶!"), 5000));

        Assert.That(Scenarios.Explain(swapped, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("argument order"));
    }

    [Test]
    public void For_ResultBeforeMainEnds_SaysMainFinishesFirst()
    {
        var blocking = Program(loop =>
        {
            loop.Log("main: start");
            loop.Log("🐶🐷!");
            loop.Log("main: end");
        });

        Assert.That(Scenarios.Explain(blocking, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Has.Some.Contains("main must finish first"));
    }

    [Test]
    public void For_CorrectTranscript_ExplainsNothing()
    {
        var right = Program(loop =>
        {
            loop.Log("main: start");
            loop.SetTimeout(() => loop.Log("🐶🐷!"), 5000);
            loop.Log("main: end");
        });

        Assert.That(Scenarios.Explain(right, DogPigMistakes.For("🐶🐷!", "🐷🐶!")), Is.Empty);
    }
}

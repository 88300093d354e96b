using ContinuationKatas.Runtime;
using ContinuationKatas.Testing.Tests.FakeKata;

namespace ContinuationKatas.Testing.Tests;

public sealed class UncaughtThrowTests
{
    private const string FakeKata = "tests/support.Tests/FakeKata";

    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void Read_TestCallbackThrowsThroughKataLambda_NamesTheKataMemberAndSiteNotTheTest()
    {
        var thrown = Read(_ => FakePromise.Then(() => throw Boom)());

        Assert.That(thrown, Is.Not.Null);
        Assert.That((thrown!.Origin, thrown.Member, thrown.InLambda), Is.EqualTo((ThrowOrigin.Test, "FakePromise.Then", true)));
        Assert.That(thrown.Site, Does.StartWith($"{FakeKata}/FakePromise.cs:line "));
        Assert.That(thrown.Where, Does.StartWith("It was thrown by a callback that the test handed to your code, and it reached the loop through your FakePromise.Then, at tests/support.Tests/FakeKata/FakePromise.cs:line "));
    }

    [Test]
    public void Read_ExecutorThrowsThroughKataConstructor_NamesTheConstructor()
    {
        var thrown = Read(_ => { var unused = new FakePromise(() => throw Boom); });

        Assert.That((thrown?.Origin, thrown?.Member, thrown?.InLambda), Is.EqualTo(((ThrowOrigin?)ThrowOrigin.Test, "the FakePromise constructor", (bool?)false)));
        Assert.That(thrown!.Where, Does.Contain("reached the loop through your FakePromise constructor, at "));
    }

    [Test]
    public void Read_KataCodeThrowsInALambda_IsTheKatasOwnThrow()
    {
        var thrown = Read(_ => FakePromise.Slots(new int[2])[0]());

        Assert.That((thrown?.Origin, thrown?.Member, thrown?.InLambda), Is.EqualTo(((ThrowOrigin?)ThrowOrigin.Kata, "FakePromise.Slots", (bool?)true)));
        Assert.That(thrown!.Error, Is.InstanceOf<IndexOutOfRangeException>());
    }

    [Test]
    public void Read_NothingOfTheKataOnTheStack_IsNull()
    {
        Assert.That(Read(_ => throw Boom), Is.Null);
    }

    [Test]
    public void ExplainUncaught_TestCallbackThrowsThroughKata_PointsAtTheKataAndAddsTheKatasAdvice()
    {
        var (failure, error) = Fail(_ => FakePromise.Then(() => throw Boom)());

        var message = KataRun.ExplainUncaught(failure, error, Root, FakeKata, new CatchItAdvice());

        Assert.That(message, Does.StartWith("Uncaught exception at t=0 ms in main: InvalidOperationException: 💥. It was thrown by a callback that the test handed to your code")
            .And.Contain($"your FakePromise.Then, at {FakeKata}/FakePromise.cs:line ")
            .And.Contain("Catch it. (advice for FakePromise.Then)")
            .And.Contain("\nTranscript until then:\n(nothing was logged)")
            .And.Not.Contain("UncaughtThrowTests.cs"));
    }

    [Test]
    public void ExplainUncaught_TestsOwnCallbackThrows_DoesNotPointAtTheTestFile()
    {
        var (failure, error) = Fail(_ => throw Boom);

        Assert.That(failure.Message, Does.Contain("UncaughtThrowTests.cs"), "the loop's own message names the file");
        Assert.That(KataRun.ExplainUncaught(failure, error, Root, FakeKata, new CatchItAdvice()),
            Does.StartWith("Uncaught exception at t=0 ms in main: InvalidOperationException: 💥 (thrown by the test's own code)\nTranscript until then:")
                .And.Not.Contain("UncaughtThrowTests.cs"));
    }

    private static string Root => Kata.RepoRoot;

    private static UncaughtThrow? Read(Action<EventLoop> main)
    {
        var (_, error) = Fail(main);
        return UncaughtThrow.Read(error, Root, FakeKata, "tests");
    }

    private static (EventLoopException Failure, Exception Error) Fail(Action<EventLoop> main)
    {
        var outcome = KataRun.TryRun(loop => { main(loop); return null; });
        var failure = (EventLoopException)outcome.Error!;
        return (failure, failure.InnerException!);
    }

    private sealed class CatchItAdvice : IUncaughtAdvice
    {
        public string? Advise(UncaughtThrow thrown) => $"Catch it. (advice for {thrown.Member})";
    }
}

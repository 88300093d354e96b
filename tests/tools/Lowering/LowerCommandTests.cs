using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool.Tests;

/// <summary>`kata lower` with this test assembly standing in for a built kata (LowerSamples holds its async and iterator methods).</summary>
public sealed class LowerCommandTests
{
    private static Cli Cli(ScratchRepo repo, string? assembly = null) =>
        new(repo.Root) { Builder = new FakeBuilder(assembly ?? typeof(LowerSamples).Assembly.Location) };

    [Test]
    public void Lower_AsyncMethod_PrintsTheStubThenTheStateMachineWithItsFieldsAndMoveNext()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "01", "--method", "LowerSamples.DogPig"), Is.Zero, cli.Error.ToString());

        var output = cli.Out.ToString();
        Assert.That(output, Does.StartWith("──── LowerSamples.DogPig (async) · state machine LowerSamples.<DogPig>d__0 · katas/01-loop-warmup ────\n"));
        Assert.That(output, Does.Contain("<DogPig>d__0 stateMachine = default(<DogPig>d__0);").Or.Contain("new <DogPig>d__0()"), "the rewritten method creates the machine");
        Assert.That(output, Does.Contain("<>t__builder.Start(ref stateMachine);"));
        Assert.That(output, Does.Contain("public int <>1__state;").And.Contain("public AsyncTaskMethodBuilder<string> <>t__builder;"));
        Assert.That(output, Does.Contain("private string <dog>5__1;").And.Contain("private string <pig>5__2;"), "lifted locals");
        Assert.That(output, Does.Contain("ConfiguredTaskAwaiter <>u__1;"), "one awaiter field for both awaits: they have the same type");
        Assert.That(output, Does.Contain("private void MoveNext()").And.Contain("<>t__builder.AwaitUnsafeOnCompleted(ref awaiter"));
        Assert.That(output, Does.Contain("<>t__builder.SetResult(result);"));
        Assert.That(output, Does.Not.Contain("await ").And.Not.Contain("async "), "async/await decompilation is off");
        Assert.That(output, Does.Not.Contain("LowerSamples.Animals"), "--method picks one");
    }

    [Test]
    public void Lower_Iterator_PrintsCurrentAndTheFinallyMethodDisposeCalls()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "01", "--method", "Animals"), Is.Zero, cli.Error.ToString());

        var output = cli.Out.ToString();
        Assert.That(output, Does.StartWith("──── LowerSamples.Animals (iterator) · state machine LowerSamples.<Animals>d__1"));
        Assert.That(output, Does.Contain("return new <Animals>d__1(-2);"));
        Assert.That(output, Does.Contain("private string <>2__current;").And.Contain("private bool MoveNext()"));
        Assert.That(output, Does.Contain("private void <>m__Finally1()").And.Contain("void IDisposable.Dispose()"));
        Assert.That(output, Does.Not.Contain("yield "), "iterator decompilation is off");
    }

    [Test]
    public void Lower_AsyncIterator_PrintsTheLazyStubAndTheDisposeModeValueTaskSourceAndCombinedTokens()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "01", "--method", "Stream"), Is.Zero, cli.Error.ToString());

        var output = cli.Out.ToString();
        Assert.That(output, Does.StartWith("──── LowerSamples.Stream (async iterator) · state machine LowerSamples.<Stream>d__2"));
        Assert.That(output, Does.Contain("as the compiler rewrote it: it only makes the state machine; nothing of the body runs until the first MoveNextAsync"));
        Assert.That(output, Does.Contain("return new <Stream>d__2(-2)"), "the stub makes the machine and starts nothing");
        Assert.That(output, Does.Contain("public ManualResetValueTaskSourceCore<bool> <>v__promiseOfValueOrEnd;"));
        Assert.That(output, Does.Contain("private bool <>w__disposeMode;").And.Contain("<>w__disposeMode = true;"), "DisposeAsync sets dispose mode");
        Assert.That(output, Does.Contain("private CancellationTokenSource <>x__combinedTokens;").And.Contain("CancellationTokenSource.CreateLinkedTokenSource("));
        Assert.That(output, Does.Contain("ValueTask<bool> IAsyncEnumerator<string>.MoveNextAsync()").And.Contain("ValueTask IAsyncDisposable.DisposeAsync()"));
        Assert.That(output, Does.Contain("// An async iterator's own fields: <>v__promiseOfValueOrEnd"), "the fields are explained");
        Assert.That(output, Does.Not.Contain("await dog").And.Not.Contain("yield return"), "async and iterator decompilation are off");
    }

    [Test]
    public void Lower_Iterator_SaysTheStubOnlyMakesTheMachine()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "01", "--method", "Animals"), Is.Zero, cli.Error.ToString());

        Assert.That(cli.Out.ToString(), Does.Contain("it only makes the state machine; nothing of the body runs until the first MoveNext\n")
            .And.Not.Contain("starts it"));
    }

    [Test]
    public void Lower_NoMethodNamed_PrintsEveryAsyncAndIteratorMethod()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "01"), Is.Zero, cli.Error.ToString());

        Assert.That(cli.Out.ToString(), Does.Contain("──── LowerSamples.DogPig (async)").And.Contain("──── LowerSamples.Animals (iterator)"));
    }

    [Test]
    public void Lower_Solution_BuildsTheSolutionsFolder()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var builder = new FakeBuilder(typeof(LowerSamples).Assembly.Location);
        var cli = new Cli(repo.Root) { Builder = builder };

        Assert.That(cli.Run("lower", "01", "--solution", "--method", "DogPig"), Is.Zero);

        Assert.That(builder.Built, Is.EqualTo(new[] { Path.Combine(repo.Root, "solutions", "01-loop-warmup") }));
        Assert.That(cli.Out.ToString(), Does.Contain("· solutions/01-loop-warmup ────"));
    }

    [Test]
    public void Lower_UnknownMethod_ListsTheCandidates()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "01", "--method", "Nope"), Is.EqualTo(1));

        var error = cli.Error.ToString();
        Assert.That(error, Does.Contain("katas/01-loop-warmup has no async or iterator method 'Nope'. It has: "));
        Assert.That(error, Does.Contain("LowerSamples.DogPig (async)").And.Contain("LowerSamples.Animals (iterator)"));
        Assert.That(cli.Out.ToString(), Is.Empty);
    }

    [Test]
    public void Lower_UnknownKata_SaysWhichKatasThereAre()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower", "99"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("kata lower: there is no kata '99'. The katas are 01."));
    }

    [Test]
    public void Lower_NoKataGiven_IsAUsageError()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo);

        Assert.That(cli.Run("lower"), Is.EqualTo(2));
        Assert.That(cli.Error.ToString(), Does.Contain("kata: which kata? Give its number, e.g. ./kata lower 02").And.Contain("./kata COMMAND --help"));
    }

    [Test]
    public void Lower_KataDoesNotCompile_ShowsTheFirstCompilerErrors()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var errors = Enumerable.Range(1, 5).Select(line => $"{repo.Root}{Path.DirectorySeparatorChar}katas/01-loop-warmup/C.cs({line},1): error CS1002: ; expected").ToArray();
        var cli = new Cli(repo.Root) { Builder = new FakeBuilder(null, errors) };

        Assert.That(cli.Run("lower", "01"), Is.EqualTo(1));

        var error = cli.Error.ToString();
        Assert.That(error, Does.Contain("katas/01-loop-warmup does not compile, so there is nothing to lower yet. The first errors:\n  katas/01-loop-warmup/C.cs(1,1): error CS1002"));
        Assert.That(error, Does.Contain("C.cs(3,1)").And.Not.Contain("C.cs(4,1)"), "the first three, as progress shows them");
        Assert.That(error, Does.Contain("./kata lower 01 --solution"));
    }

    [Test]
    public void Lower_KataWithoutAsyncOrIterators_SaysThereIsNothingToLower()
    {
        using var repo = new ScratchRepo().WithCompleteKata();
        var cli = Cli(repo, typeof(EventLoop).Assembly.Location);

        Assert.That(cli.Run("lower", "01"), Is.EqualTo(1));
        Assert.That(cli.Error.ToString(), Does.Contain("katas/01-loop-warmup has no async or iterator method, so the compiler made no state machine to show."));
    }

    [Test]
    public void Find_Lower_IsForLearners() =>
        Assert.That(Commands.Find("lower")!.Audience, Is.EqualTo(Audience.Learners));
}

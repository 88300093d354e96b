namespace ContinuationKatas.Testing.Tests;

public sealed class DogBoomMistakesTests
{
    [Test]
    public void FinallyBeforeCatch_FinallyLoggedFirst_SaysFinallyIsChainedBeforeCatch()
    {
        var transcript = KataRun.Run(loop => loop.SetTimeout(
            () =>
            {
                loop.Log("finally");
                loop.Log("catch 💥");
            },
            500));

        Assert.That(Scenarios.Explain(transcript, DogBoomMistakes.FinallyBeforeCatch("step 6")),
            Is.EqualTo(new[] { DogBoomMistakes.FinallyBeforeCatch(["finally", "catch 💥"], "step 6") }));
        Assert.That(DogBoomMistakes.FinallyBeforeCatch(["finally", "catch 💥"], "step 6"),
            Does.StartWith("\"finally\" came before \"catch …\": Finally is chained before Catch.").And.EndWith("(step 6)."));
    }

    [TestCase("catch 💥", "finally")]
    [TestCase("finally")]
    [TestCase("catch 💥")]
    public void FinallyBeforeCatch_NoCatchAfterFinally_ExplainsNothing(params string[] lines)
    {
        Assert.That(DogBoomMistakes.FinallyBeforeCatch(lines, "step 6"), Is.Null);
    }
}

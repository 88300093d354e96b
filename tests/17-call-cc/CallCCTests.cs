using ContinuationKatas.Runtime.Cps;
using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>Step 1: Continuations.CallCC, called by the tests' own little programs.</summary>
public sealed class CallCCTests() : KataFixture(Ladder.Through(1))
{
    [Test]
    public void Calling_the_captured_continuation_goes_to_the_rest_of_the_program_and_skips_what_comes_after_the_call()
    {
        var transcript = CpsRun.Run("Continuations.cs", (cps, exit) =>
            Continuations.CallCC<string>(
                (k, _) => k("jumped", _ => cps.Print("after the call", exit)),
                value => cps.Print(value, exit)));

        Assert.That(transcript.Count("after the call"), Is.Zero,
            "The captured continuation came back: calling k(value, after) ran `after`, the rest of f after the call. The value " +
            "f gets must ignore `after` and jump to the continuation call/cc captured: (value, after) => k(value) (step 1).");
        Assert.That(CpsRun.Texts(transcript), Is.EqualTo(new[] { "jumped" }),
            "k(\"jumped\", …) must go on with call/cc's continuation, which prints the value it gets (step 1).");
    }

    [Test]
    public void What_f_returns_normally_goes_to_the_same_continuation()
    {
        var transcript = CpsRun.Run("Continuations.cs", (cps, exit) =>
            Continuations.CallCC<string>((_, ret) => ret("returned"), value => cps.Print(value, exit)));

        Assert.That(CpsRun.Texts(transcript), Is.EqualTo(new[] { "returned" }),
            "f's own continuation (its second argument) is call/cc's continuation too: a normal return from f is a value for the " +
            "rest of the program, as if call/cc had returned it (step 1).");
    }

    [Test]
    public void The_captured_continuation_can_be_kept_and_called_again_after_callcc_has_returned()
    {
        var transcript = CpsRun.Run("Continuations.cs", (cps, exit) =>
        {
            Captured<int>? saved = null;
            return Continuations.CallCC<int>(
                (k, ret) => { saved = k; return ret(0); },
                value => cps.Print($"{value}", _ => value < 2 ? saved!(value + 1, exit) : exit(default)));
        });

        Assert.That(CpsRun.Texts(transcript), Is.EqualTo(new[] { "0", "1", "2" }),
            "A captured continuation is a value like any other: kept after call/cc has returned, and called again, it goes back to " +
            "the same place each time, with the new value (step 1).");
    }
}

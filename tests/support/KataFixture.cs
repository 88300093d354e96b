using ContinuationKatas.Runtime;

namespace ContinuationKatas.Testing;

/// <summary>
/// Base class for a kata's test fixtures. Before any test runs it runs the kata's program once; while the
/// stub still says "not solved yet", every test in the fixture fails with the stub's next step, so an
/// untouched kata never passes a test by accident (a technique test, say, that a stub would satisfy).
/// </summary>
public abstract class KataFixture
{
    private readonly Func<EventLoop, Task?> program;

    /// <summary>A fixture for a callback-style program.</summary>
    protected KataFixture(Action<EventLoop> program)
    {
        ArgumentNullException.ThrowIfNull(program);
        this.program = loop => { program(loop); return null; };
    }

    /// <summary>A fixture for a program whose main returns a Task.</summary>
    protected KataFixture(Func<EventLoop, Task?> program)
    {
        this.program = program ?? throw new ArgumentNullException(nameof(program));
    }

    /// <summary>Fails every test in the fixture while the kata's stub is still in place.</summary>
    [OneTimeSetUp]
    [System.Diagnostics.StackTraceHidden]
    public void FailWhileNotSolved()
    {
        var outcome = KataRun.TryRun(program);
        if (KataRun.FindNotSolved(outcome.Error) is { } notSolved)
        {
            Assert.Fail(KataRun.NotSolvedMessage(notSolved));
        }

        // A program that blocks its thread would block every test in turn: stop here, once.
        if (outcome.Blocked)
        {
            Assert.Fail(KataRun.Explain(outcome)!);
        }
    }

    /// <summary>Runs the kata's program and returns its transcript (or fails with an explanation).</summary>
    protected Transcript RunProgram() => KataRun.Run(program);
}

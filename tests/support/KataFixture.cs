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
    private readonly TimeSpan? watchdog;
    private KataOutcome? blocked;

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

    /// <summary>A fixture with a shorter watchdog, for the kit's own tests of a blocked program.</summary>
    internal KataFixture(Func<EventLoop, Task?> program, TimeSpan watchdog)
        : this(program)
    {
        this.watchdog = watchdog;
    }

    /// <summary>Fails every test in the fixture while the kata's stub is still in place.</summary>
    [OneTimeSetUp]
    [System.Diagnostics.StackTraceHidden]
    public void FailWhileNotSolved()
    {
        var outcome = KataRun.TryRun(program, watchdog: watchdog);
        if (KataRun.FindNotSolved(outcome.Error) is { } notSolved)
        {
            Assert.Fail(KataRun.NotSolvedMessage(notSolved));
        }

        // A program that blocks its thread would block every test in turn: each test fails at once instead
        // (FailWhileBlocked), and only the first says why at length.
        if (outcome.Blocked)
        {
            blocked = outcome;
        }
    }

    /// <summary>Fails each test at once while the program blocks its thread.</summary>
    [SetUp]
    [System.Diagnostics.StackTraceHidden]
    public void FailWhileBlocked()
    {
        if (NextBlockedMessage() is { } message)
        {
            Assert.Fail(message);
        }
    }

    /// <summary>
    /// The message for the next test while the program is blocked: the whole explanation the first time, then a
    /// one-line reference to it. <see langword="null"/> when the program is not blocked.
    /// </summary>
    internal string? NextBlockedMessage()
    {
        if (blocked is not { } outcome)
        {
            return null;
        }

        blocked = outcome with { EarlierRun = true };
        return KataRun.Explain(outcome);
    }

    /// <summary>Runs the kata's program and returns its transcript (or fails with an explanation).</summary>
    protected Transcript RunProgram() => KataRun.Run(program);
}

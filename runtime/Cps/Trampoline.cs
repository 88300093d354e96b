namespace ContinuationKatas.Runtime.Cps;

/// <summary>
/// Runs a program written in continuation-passing style on the event loop, one <see cref="Step"/> at a time: each
/// CPS function returns its next step instead of calling on, and the trampoline takes them in a loop of its own, so
/// the stack stays flat however often the program jumps. A program that jumps more than
/// <see cref="MaxSteps"/> times without ending fails with <see cref="TrampolineException"/>, never hangs.
/// </summary>
/// <remarks>
/// The program gets an exit continuation; calling it ends the program, and until then the loop counts the program
/// as pending work (a program that drops its continuation fails as stalled). Calling exit a second time, or resuming
/// the program after it has ended, fails with <see cref="TrampolineException"/>.
/// </remarks>
public sealed class Trampoline
{
    /// <summary>The default bound on steps: far more than a kata program takes, far fewer than a runaway takes.</summary>
    public const int DefaultMaxSteps = 1000;

    private readonly IDisposable pending;
    private bool running;

    private Trampoline(EventLoop loop, int maxSteps)
    {
        Loop = loop;
        MaxSteps = maxSteps;
        pending = loop.Pending("the CPS program: it has not called its exit continuation");
    }

    /// <summary>The loop the program runs on: for its clock and timers.</summary>
    public EventLoop Loop { get; }

    /// <summary>How many steps the program may take in all before it fails as a runaway.</summary>
    public int MaxSteps { get; }

    /// <summary>How many steps the program has taken so far.</summary>
    public int Steps { get; private set; }

    /// <summary>Whether the program has called its exit continuation.</summary>
    public bool Ended { get; private set; }

    /// <summary>
    /// Starts <paramref name="program"/> on <paramref name="loop"/> and takes its steps until it ends or waits. Call it
    /// on the loop (from main, or any callback); a program that waits goes on when a callback calls
    /// <see cref="Resume"/>.
    /// </summary>
    /// <param name="loop">The loop the program runs on.</param>
    /// <param name="program">The program: given the trampoline and its exit continuation, it returns its first step.</param>
    /// <param name="maxSteps">The bound on steps (see <see cref="DefaultMaxSteps"/>).</param>
    /// <returns>The trampoline, to read <see cref="Steps"/> and <see cref="Ended"/> from.</returns>
    public static Trampoline Run(EventLoop loop, Func<Trampoline, Continuation<Unit>, Step> program, int maxSteps = DefaultMaxSteps)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(program);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        var trampoline = new Trampoline(loop, maxSteps);
        trampoline.Resume(new Step(() => program(trampoline, trampoline.Exit)));
        return trampoline;
    }

    /// <summary>
    /// Prints <paramref name="text"/> (<see cref="EventLoop.Log"/>), then goes on with <paramref name="next"/>: one step.
    /// Like every step, it does nothing until the trampoline takes it.
    /// </summary>
    public Step Print(string text, Continuation<Unit> next)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(next);
        return new Step(() =>
        {
            Loop.Log(text);
            return next(default);
        });
    }

    /// <summary>
    /// Takes <paramref name="step"/> and every step after it until the program waits (<see cref="Step.Wait"/>) or
    /// ends. For loop callbacks that continue a waiting program; inside a step, return the next step instead.
    /// </summary>
    /// <exception cref="TrampolineException">
    /// Called inside a step; the program has ended; it took more than <see cref="MaxSteps"/> steps; or a continuation
    /// returned null.
    /// </exception>
    public void Resume(Step step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (running)
        {
            throw new TrampolineException(
                "Resume was called inside a step: a CPS function returns its next step to the trampoline, it does not run it.");
        }

        running = true;
        try
        {
            for (var current = step; !current.Stops; current = Next(current))
            {
                if (Ended)
                {
                    throw new TrampolineException(
                        $"The program went on after it had ended (it called exit, then a step ran at t={Loop.Now} ms): a continuation " +
                        "was called after the end — a saved one, called once more than it may be?");
                }

                if (++Steps > MaxSteps)
                {
                    throw new TrampolineException(
                        $"Ran away: more than {MaxSteps} steps, and the program has not ended. It jumps back again and again — a " +
                        "continuation called over and over, like a rocket jump that never lands. Does whatever ends the jumps (a " +
                        "counter?) change before each jump?");
                }
            }
        }
        finally
        {
            running = false;
        }
    }

    private static Step Next(Step step) =>
        step.Take() ?? throw new TrampolineException("A continuation returned null instead of a Step: return the step of what comes next.");

    private Step Exit(Unit value)
    {
        if (Ended)
        {
            throw new TrampolineException(
                "The program's exit continuation was called a second time: the program had already ended. A continuation ran " +
                "after the end — a saved one, called once more than it may be?");
        }

        Ended = true;
        pending.Dispose();
        return Step.End;
    }
}

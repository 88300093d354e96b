using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.StateMachine;

/// <summary>
/// c() of the 💥 program, lowered by hand: <c>try { let v1 = await promise1; let v2 = await promise2; return v1 + v2; }
/// catch (e) { log("catch " + e.message); } finally { log("finally"); }</c>, with the try around the state switch.
/// </summary>
public sealed class DogBoomMachine
{
    private readonly EventLoop loop;
    private readonly Promise<string> promise1;
    private readonly Promise<string> promise2;
    private readonly PromiseBuilder<string?> builder;

    // -1 running (or not started yet), n >= 0 suspended at await n, -2 done.
    private int state = -1;

    // TODO: step 5 — the fields: v1, and the awaited promise's outcome, as in DogPigMachine.

    /// <summary>Creates the machine in state -1; the first <see cref="MoveNext"/> starts the body.</summary>
    public DogBoomMachine(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        this.loop = loop;
        this.promise1 = promise1;
        this.promise2 = promise2;
        builder = new PromiseBuilder<string?>(loop);
    }

    /// <summary>The tests trace the machine through this: called with the state at the start of every <see cref="MoveNext"/>.</summary>
    public Action<int>? Trace { get; set; }

    /// <summary>-1 running or not started, n ≥ 0 suspended at await n, -2 done.</summary>
    public int State => state;

    /// <summary>c()'s promise: fulfilled with v1 + v2, or with null ("no value") after the catch.</summary>
    public Promise<string?> Promise => builder.Promise;

    /// <summary>Runs c() from where it stopped to its next await (or its end), then returns.</summary>
    public void MoveNext()
    {
        Trace?.Invoke(state); // keep this line first: the tests trace your machine through it

        // TODO: step 5 — DogPigMachine's switch inside c()'s try; the catch logs "catch " + error.Message and the result is null.
        // TODO: step 6 — c()'s finally logs "finally" once, when c() leaves its try — not each time MoveNext returns at an await.
        throw new NotSolvedYetException("Kata 10 (state machine), step 5: write DogBoomMachine.MoveNext: DogPigMachine's switch inside c()'s try/catch.");
    }
}

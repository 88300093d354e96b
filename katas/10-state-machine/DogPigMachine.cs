using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.StateMachine;

/// <summary>
/// c() of the dog+pig program, lowered by hand: <c>let dog = await promise1; let pig = await promise2; return dog + pig;</c>
/// as a class whose <see cref="MoveNext"/> runs the body from one await to the next.
/// </summary>
public sealed class DogPigMachine
{
    // c()'s parameters (here: the promises main made) become fields, as in the compiler's machine.
    private readonly Promise<string> promise1;
    private readonly Promise<string> promise2;
    private readonly PromiseBuilder<string> builder;

    // The compiler's <>1__state: -1 running (or not started yet), n >= 0 suspended at await n, -2 done.
    private int state = -1;

    // TODO: step 1 — the fields: c()'s local that lives across an await, and the awaited promise's outcome (value or error).

    /// <summary>Creates the machine in state -1; the first <see cref="MoveNext"/> starts the body.</summary>
    public DogPigMachine(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        this.promise1 = promise1;
        this.promise2 = promise2;
        builder = new PromiseBuilder<string>(loop);
    }

    /// <summary>The tests trace the machine through this: called with the state at the start of every <see cref="MoveNext"/>.</summary>
    public Action<int>? Trace { get; set; }

    /// <summary>-1 running or not started, n ≥ 0 suspended at await n, -2 done.</summary>
    public int State => state;

    /// <summary>c()'s promise: fulfilled with dog + pig, or rejected with the reason of the promise that failed.</summary>
    public Promise<string> Promise => builder.Promise;

    /// <summary>Runs c() from where it stopped to its next await (or its end), then returns.</summary>
    public void MoveNext()
    {
        Trace?.Invoke(state); // keep this line first: the tests trace your machine through it

        // TODO: step 1 — AwaitOn(promise): subscribe with Then; keep the outcome; call MoveNext. GetResult(): the value, or throw the error.
        // TODO: step 2 — switch (state): case -1 is the first await: state = 0, AwaitOn(promise1), return.
        // TODO: step 3 — case 0: state = -1, dog = GetResult(), then the second await (state 1).
        // TODO: step 4 — case 1: the pig, then state = -2 and builder.SetResult(dog + pig); a rejection: state = -2, builder.SetException.
        throw new NotSolvedYetException("Kata 10 (state machine), step 1: in DogPigMachine, add the fields for dog and the awaited outcome, and write AwaitOn and GetResult.");
    }
}

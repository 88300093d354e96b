using System.Runtime.ExceptionServices;
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

    // The local that lives across an await is lifted into a field (the compiler's <dog>5__1): MoveNext returns at
    // every await, so a local variable of MoveNext would be gone when it is called again. pig is used as soon as it
    // arrives, so it can stay a local.
    private string dog = string.Empty;

    // The awaited promise's outcome, kept until MoveNext reads it: the compiler's awaiter field (<>u__1). One pair
    // serves both awaits, because they await the same type.
    private string? awaitedValue;
    private Exception? awaitedError;

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
        Trace?.Invoke(state);
        string result;
        try
        {
            switch (state)
            {
                case -1:
                    // `await promise1`: record where we are, ask to be called back, return. The state is stored first,
                    // because whoever calls back resumes from what the state says.
                    state = 0;
                    AwaitOn(promise1);
                    return;
                case 0:
                    state = -1;
                    dog = GetResult();
                    state = 1;
                    AwaitOn(promise2);
                    return;
                case 1:
                    state = -1;
                    var pig = GetResult();
                    result = dog + pig;
                    break;
                default:
                    throw new InvalidOperationException($"MoveNext was called in state {state}: c() has already finished.");
            }
        }
        catch (Exception error)
        {
            // A rejection that c() does not catch rejects c's promise: the compiler's builder.SetException.
            state = -2;
            builder.SetException(error);
            return;
        }

        state = -2;
        builder.SetResult(result);
    }

    // The machine subscribes itself: whichever way the promise settles, keep the outcome and run the next step.
    // Then calls back in a microtask, never at once, so every await suspends, as JavaScript's await does.
    private void AwaitOn(Promise<string> promise) =>
        promise.Then(
            value =>
            {
                awaitedValue = value;
                MoveNext();
            },
            error =>
            {
                awaitedError = error;
                MoveNext();
            });

    // The awaiter's GetResult: the value, or the rejection thrown here, inside MoveNext, where c()'s code would see it.
    private string GetResult()
    {
        var (value, error) = (awaitedValue, awaitedError);
        (awaitedValue, awaitedError) = (null, null);
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return value!;
    }
}

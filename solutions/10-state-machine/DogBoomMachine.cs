using System.Runtime.ExceptionServices;
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

    // v1 lives across the second await: a field.
    private string v1 = string.Empty;

    // The awaited promise's outcome (the compiler's awaiter field).
    private string? awaitedValue;
    private Exception? awaitedError;

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
        Trace?.Invoke(state);
        string? result;
        try
        {
            // c()'s try block is a try around the switch: every step of the body runs inside it, so a rejection
            // thrown by GetResult at either await lands in c()'s catch.
            try
            {
                switch (state)
                {
                    case -1:
                        state = 0;
                        AwaitOn(promise1);
                        return;
                    case 0:
                        state = -1;
                        v1 = GetResult();
                        state = 1;
                        AwaitOn(promise2);
                        return;
                    case 1:
                        state = -1;
                        var v2 = GetResult();
                        result = v1 + v2;
                        break;
                    default:
                        throw new InvalidOperationException($"MoveNext was called in state {state}: c() has already finished.");
                }
            }
            catch (Exception error)
            {
                loop.Log("catch " + error.Message);
                result = null; // c() goes on after the catch and ends without a return: "no value"
            }
            finally
            {
                // MoveNext returns at every await, and C#'s finally runs on every way out of the try, suspensions
                // included. The compiler's guard: run c()'s finally only when control really leaves the try, not
                // when the machine suspends (state >= 0 means "suspended at an await").
                if (state < 0)
                {
                    loop.Log("finally");
                }
            }
        }
        catch (Exception error)
        {
            state = -2;
            builder.SetException(error);
            return;
        }

        state = -2;
        builder.SetResult(result);
    }

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

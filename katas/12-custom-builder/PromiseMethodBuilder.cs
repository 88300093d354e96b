using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.CustomBuilder;

/// <summary>
/// The method builder that lets an <c>async</c> method return the kit's <see cref="Promise{T}"/>: put
/// <c>[AsyncMethodBuilder(typeof(PromiseMethodBuilder&lt;&gt;))]</c> on the method. The compiler writes the state
/// machine (kata 10) and calls these members: it creates the builder, starts the machine, hands the builder each
/// awaiter to subscribe the machine to, reads <see cref="Task"/> for the caller, and ends with <see cref="SetResult"/>
/// or <see cref="SetException"/>.
/// </summary>
/// <typeparam name="T">The method's result type: <c>async Promise&lt;string&gt;</c> returns a string.</typeparam>
public sealed class PromiseMethodBuilder<T>
{
    // TODO: step 1 — fields: the method's promise and its resolver (and, step 3, the machine).

    /// <summary>The method's promise, the same one at every read; the compiler hands it to the caller.</summary>
    public Promise<T> Task
    {
        get
        {
            BuilderTrace.Called(nameof(Task)); // keep this line first in every member: the tests trace your builder through it

            // TODO: step 1 — return the promise made with the builder.
            throw new NotSolvedYetException("Kata 12 (custom builder), step 1: in PromiseMethodBuilder, Task returns the promise made in Create.");
        }
    }

    /// <summary>Called first, by the method's stub: a builder whose promise belongs to the running loop.</summary>
    public static PromiseMethodBuilder<T> Create()
    {
        BuilderTrace.Called(nameof(Create));

        // TODO: step 1 — a builder with a pending promise on the running loop (CurrentLoop()), keeping its resolver.
        throw new NotSolvedYetException("Kata 12 (custom builder), step 1: in PromiseMethodBuilder.Create, make the builder and its pending promise on CurrentLoop().");
    }

    /// <summary>Called by the method's stub after <see cref="Create"/>: runs the body up to its first await, or its end.</summary>
    public void Start<TStateMachine>(ref TStateMachine stateMachine)
        where TStateMachine : IAsyncStateMachine
    {
        BuilderTrace.Called(nameof(Start));

        // TODO: step 2 — run the body at once, as JavaScript runs an async function up to its first await inside the call.
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 2: in PromiseMethodBuilder.Start, run the {nameof(stateMachine)} to its first await.");
    }

    /// <summary>The runtime's boxing protocol: its own builders hand the boxed machine back here. Given.</summary>
    public void SetStateMachine(IAsyncStateMachine stateMachine)
    {
        BuilderTrace.Called(nameof(SetStateMachine));

        // The compiler needs the member (CS0656 without it); only the runtime's builders call it. Nothing to do here.
        ArgumentNullException.ThrowIfNull(stateMachine);
    }

    /// <summary>At an await that must suspend: subscribe the machine to the awaiter.</summary>
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
        BuilderTrace.Called(nameof(AwaitOnCompleted));

        // TODO: step 3 — hand the machine's MoveNext to awaiter.OnCompleted.
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 3: in PromiseMethodBuilder.AwaitOnCompleted, subscribe the {nameof(stateMachine)}'s MoveNext to the {nameof(awaiter)}.");
    }

    /// <summary>The same, for an awaiter that also offers UnsafeOnCompleted.</summary>
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
        BuilderTrace.Called(nameof(AwaitUnsafeOnCompleted));

        // TODO: step 3 — the same with awaiter.UnsafeOnCompleted.
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 3: in PromiseMethodBuilder.AwaitUnsafeOnCompleted, subscribe the {nameof(stateMachine)}'s MoveNext to the {nameof(awaiter)}.");
    }

    /// <summary>The method returned <paramref name="result"/>.</summary>
    public void SetResult(T result)
    {
        BuilderTrace.Called(nameof(SetResult));

        // TODO: step 4 — fulfil the method's promise.
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 4: in PromiseMethodBuilder.SetResult, fulfil the promise with the {nameof(result)}.");
    }

    /// <summary>An exception escaped the method.</summary>
    public void SetException(Exception exception)
    {
        BuilderTrace.Called(nameof(SetException));

        // An earlier step's NotSolvedYetException, thrown inside the method, lands here: pass it on, so the tests name that step.
        if (exception is NotSolvedYetException)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        // TODO: step 4 — reject the method's promise with the exception itself.
        throw new NotSolvedYetException($"Kata 12 (custom builder), step 4: in PromiseMethodBuilder.SetException, reject the promise with the {nameof(exception)}.");
    }

    // Given: the loop whose run is in progress on this thread. Create has no parameters, so the builder finds it here.
    private static EventLoop CurrentLoop() => EventLoop.Current ?? throw new InvalidOperationException(
        "An async Promise method was called outside an event loop's run: its promise needs the loop (EventLoop.Current).");
}

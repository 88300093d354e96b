using System.Runtime.CompilerServices;
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
    private readonly Promise<T> promise;
    private PromiseResolver<T> resolver = null!;

    // The machine, boxed once. In Debug it is a class and this is the machine itself; in Release it is a struct, and
    // every MoveNext after the first await must run on one heap copy, not on copies of the struct.
    private IAsyncStateMachine? machine;

    private PromiseMethodBuilder(EventLoop loop) => promise = new Promise<T>(loop, (PromiseResolver<T> resolve) => resolver = resolve);

    /// <summary>
    /// The method's promise, the same one at every read: created with the builder, pending until the method returns
    /// or throws. The caller gets it once the method has run to its first await (or to its end).
    /// </summary>
    public Promise<T> Task
    {
        get
        {
            BuilderTrace.Called(nameof(Task));
            return promise;
        }
    }

    /// <summary>Called first, by the method's stub: a builder whose promise belongs to the running loop.</summary>
    public static PromiseMethodBuilder<T> Create()
    {
        BuilderTrace.Called(nameof(Create));
        var loop = EventLoop.Current ?? throw new InvalidOperationException(
            "An async Promise method was called outside an event loop's run: its promise needs the loop (EventLoop.Current).");
        return new PromiseMethodBuilder<T>(loop);
    }

    /// <summary>Runs the body at once, up to its first await or its end: JavaScript runs an async function's start inside the call too.</summary>
    public void Start<TStateMachine>(ref TStateMachine stateMachine)
        where TStateMachine : IAsyncStateMachine
    {
        BuilderTrace.Called(nameof(Start));
        stateMachine.MoveNext();
    }

    /// <summary>The runtime's boxing protocol: remembers the boxed machine, if it is handed one first.</summary>
    public void SetStateMachine(IAsyncStateMachine stateMachine)
    {
        BuilderTrace.Called(nameof(SetStateMachine));
        machine ??= stateMachine;
    }

    /// <summary>The method returned <paramref name="result"/>: fulfil its promise (in this turn, as JavaScript does).</summary>
    public void SetResult(T result)
    {
        BuilderTrace.Called(nameof(SetResult));
        resolver.Resolve(result);
    }

    /// <summary>
    /// An exception escaped the method: reject its promise with it. With nobody handling the promise, the library
    /// reports an unhandled rejection, as Node does.
    /// </summary>
    public void SetException(Exception exception)
    {
        BuilderTrace.Called(nameof(SetException));
        resolver.Reject(exception);
    }

    /// <summary>At an await that must suspend: subscribe the machine's MoveNext to the awaiter.</summary>
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
        BuilderTrace.Called(nameof(AwaitOnCompleted));
        awaiter.OnCompleted(Boxed(ref stateMachine).MoveNext);
    }

    /// <summary>The same, for an awaiter that also offers UnsafeOnCompleted (it need not flow the ExecutionContext).</summary>
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion
        where TStateMachine : IAsyncStateMachine
    {
        BuilderTrace.Called(nameof(AwaitUnsafeOnCompleted));
        awaiter.UnsafeOnCompleted(Boxed(ref stateMachine).MoveNext);
    }

    // The first await boxes a struct machine (the state is already stored in it), and every later await reuses the box.
    private IAsyncStateMachine Boxed<TStateMachine>(ref TStateMachine stateMachine)
        where TStateMachine : IAsyncStateMachine =>
        machine ??= stateMachine;
}

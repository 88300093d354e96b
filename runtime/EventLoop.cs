using System.Collections.Concurrent;

namespace ContinuationKatas.Runtime;

/// <summary>
/// A single-threaded event loop with its own clock, modelled on the JavaScript loop that the
/// dog+pig programs were written for.
/// </summary>
/// <remarks>
/// <para>
/// A run starts by calling the program's main function. After every callback (main, a timer, posted
/// work) the loop drains the microtask queue completely, including microtasks queued while draining.
/// Only then does it take the next timer: timers fire in order of due time, and timers due at the same
/// time fire in the order they were scheduled. On the virtual clock, time jumps to the next timer's due
/// time when nothing else is ready; it never goes backwards.
/// </para>
/// <para>
/// All callbacks run on the thread that called <c>Run</c>. While a run is in progress that thread's
/// <see cref="System.Threading.SynchronizationContext"/> is the loop's, so <c>await</c> resumes on the loop,
/// and <see cref="TimeProvider"/> turns <c>Task.Delay(delay, loop.TimeProvider)</c> into a loop timer.
/// Calling the loop from any other thread is reported as an escape and fails the run; the message names the likely
/// cause read from that thread's stack: an <c>await</c> with <c>ConfigureAwait(false)</c> (or
/// <c>ConfigureAwaitOptions</c> without <c>ContinueOnCapturedContext</c>), a <c>Task.Run</c> delegate, a timer that is
/// not the loop's, or a thread of its own.
/// </para>
/// <para>
/// Two more mistakes are named as they happen. A synchronous wait (<c>.Result</c>, <c>.Wait()</c>,
/// <c>.GetAwaiter().GetResult()</c>, <c>Task.WaitAll</c>) on an unfinished Task, inside a callback on the loop's thread,
/// fails the run at once as <see cref="EventLoopFailure.Blocked"/>, naming the call, the callback and the time, instead
/// of hanging: the loop's context asks to be told before its thread blocks. <c>.Result</c> on a Task that has already
/// completed does not block and is not reported; nor is a wait that the Task finishes during the short spin before the
/// thread would block, which only work on another thread can do. An <c>async void</c> method started on the loop counts
/// as pending work until it completes (a stall report names it), and an exception it throws fails the run as
/// <see cref="EventLoopFailure.Uncaught"/>, naming the method and where the exception was thrown.
/// </para>
/// <para>
/// A run ends when the program has finished (main returned, and the Task it returned, if any, completed)
/// and no timer is left. If the program has not finished and nothing is scheduled, the run fails as stalled.
/// </para>
/// <para>
/// Work on other threads (<c>Task.Run</c>) is outside the loop's clock: the virtual clock does not wait
/// for it before jumping to the next timer, so such a program's timing depends on thread scheduling.
/// That race is what the "escapes and deadlocks" kata is about; kata programs otherwise stay on the loop.
/// </para>
/// </remarks>
public sealed partial class EventLoop
{
    private static readonly EscapeRecord RunEnded = new("the run has ended");
    private readonly LoopOptions options;
    private readonly LoopClock clock;
    private readonly TimerQueue timers = new();
    private readonly Queue<Action> microtasks = new();
    private readonly Queue<Action> afterMicrotasks = new();
    private readonly ConcurrentQueue<Action> inbox = new();
    private readonly SemaphoreSlim wakeUp = new(0);
    private readonly List<TranscriptLine> lines = [];
    private readonly List<string> pending = [];
    private readonly Thread thread = Thread.CurrentThread;
    private readonly CallbackRecorder? recorder;
    private long nextTimerId = 1;
    private long callbacks;
    private EscapeRecord? escape;
    private EventLoopException? fatal;
    private bool finished;
    private volatile RunningCallback? running;

    [ThreadStatic]
    private static EventLoop? current;

    private EventLoop(LoopOptions options)
    {
        this.options = options;
        clock = new LoopClock(options);
        TimeProvider = new LoopTimeProvider(this, options.Epoch);
        SynchronizationContext = new LoopSynchronizationContext(this);
        recorder = options.RecordCallbacks ? new CallbackRecorder() : null;
    }

    /// <summary>
    /// The loop whose run is in progress on the calling thread, or <see langword="null"/> outside a run (and on any
    /// other thread). Code that cannot be handed the loop reads it here: a method builder's static <c>Create()</c>, say.
    /// </summary>
    public static EventLoop? Current => current;

    /// <summary>The loop's time: milliseconds since the run started.</summary>
    public long Now => clock.Now;

    /// <summary>
    /// What the loop is running right now, such as "a timer callback (timer #1, scheduled at t=0 ms), since t=2000 ms",
    /// or <see langword="null"/> between callbacks. Safe to read from any thread: it tells where a loop whose
    /// thread is blocked (an endless loop, a blocking wait) is stuck.
    /// </summary>
    public string? CurrentCallback => running is { } now ? $"{now.What}, since t={now.SinceMs} ms" : null;

    /// <summary>
    /// A <see cref="System.TimeProvider"/> whose clock and timers are the loop's. Pass it to
    /// <c>Task.Delay</c>, <c>Task.WaitAsync</c> or <c>CancellationTokenSource</c> so they follow loop time.
    /// Its timers fire on the loop like <see cref="SetTimeout"/> timers.
    /// </summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// The loop's synchronization context: <c>Post</c> from the loop queues a microtask; <c>Post</c> from
    /// another thread queues the work for the loop to pick up. It is current on the loop's thread during a run.
    /// </summary>
    public SynchronizationContext SynchronizationContext { get; }

    /// <summary>How many timers are scheduled and not yet fired or cleared.</summary>
    public int PendingTimers => timers.Count;

    /// <summary>Runs <paramref name="main"/> on a new loop on this thread until the program has finished.</summary>
    /// <returns>Everything the program logged, with times.</returns>
    /// <exception cref="EventLoopException">The run stalled, escaped, ran away, or a callback threw.</exception>
    public static Transcript Run(Action<EventLoop> main, LoopOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        return Run(loop => { main(loop); return null; }, options);
    }

    /// <summary>
    /// Runs <paramref name="main"/> on a new loop on this thread until the Task it returns has completed
    /// and no timer is left.
    /// </summary>
    /// <returns>Everything the program logged, with times.</returns>
    /// <exception cref="EventLoopException">The run stalled, escaped, ran away, a callback threw, or the Task failed.</exception>
    public static Transcript Run(Func<EventLoop, Task?> main, LoopOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        var loop = new EventLoop(options ?? LoopOptions.Default);
        return loop.RunToEnd(main);
    }

    /// <summary>Writes a line to the transcript, stamped with <see cref="Now"/> (the kata's <c>console.log</c>).</summary>
    public void Log(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureOnLoop($"Log(\"{text}\")");
        var line = new TranscriptLine(Now, text);
        lines.Add(line);
        options.OnLine?.Invoke(line);
    }

    /// <summary>
    /// Schedules <paramref name="callback"/> to run once, <paramref name="delayMs"/> milliseconds from now
    /// (JavaScript's <c>setTimeout</c>). It runs as a task of its own, after the current callback and all
    /// microtasks, never synchronously.
    /// </summary>
    /// <param name="callback">What to run.</param>
    /// <param name="delayMs">The delay in milliseconds; negative values count as 0.</param>
    /// <returns>An id for <see cref="ClearTimeout"/>.</returns>
    public TimerId SetTimeout(Action callback, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(callback);
        EnsureOnLoop($"SetTimeout(…, {delayMs})");
        return ScheduleTimer(callback, delayMs);
    }

    /// <summary>Cancels a timer that has not fired yet. Clearing a fired or cleared timer does nothing.</summary>
    public void ClearTimeout(TimerId id)
    {
        EnsureOnLoop($"ClearTimeout({id})");
        timers.Clear(id.Value);
    }

    /// <summary>
    /// Queues <paramref name="callback"/> to run after the current callback, before any timer
    /// (JavaScript's <c>queueMicrotask</c>; promise reactions use this queue).
    /// </summary>
    public void QueueMicrotask(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        EnsureOnLoop("QueueMicrotask(…)");
        microtasks.Enqueue(callback);
    }

    /// <summary>
    /// Queues <paramref name="callback"/> to run once the microtask queue has drained after the current
    /// callback (main, a timer, or posted work), before the loop takes the next timer. Callbacks queued
    /// this way run in order, each followed by a full microtask drain. Node.js uses this moment to report
    /// promise rejections that nobody handled.
    /// </summary>
    public void AfterMicrotasks(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        EnsureOnLoop("AfterMicrotasks(…)");
        afterMicrotasks.Enqueue(callback);
    }

    /// <summary>
    /// Marks an operation the program is waiting for. While one is open, the run does not count as
    /// finished; if nothing is scheduled meanwhile, the run fails as stalled and names it.
    /// Dispose the result when the operation is over.
    /// </summary>
    /// <param name="description">How to name the operation in a stall report, e.g. "c() awaiting promise2".</param>
    public IDisposable Pending(string description)
    {
        EnsureOnLoop($"Pending(\"{description}\")");
        pending.Add(description);
        return new PendingOperation(this, description);
    }

    internal TimerId ScheduleTimer(Action callback, long delayMs)
    {
        var now = Now;
        var due = now + Math.Max(0, delayMs);
        if (due > options.MaxTimeMs)
        {
            // Recorded as well as thrown: inside an async method the exception would only fault a Task.
            throw fatal ??= Fail(EventLoopFailure.Runaway, $"Ran away: a timer was scheduled for t={due} ms, past the limit of {options.MaxTimeMs} ms.");
        }

        var id = new TimerId(timers.Add(nextTimerId++, now, due, callback).Id);
        recorder?.TimerScheduled(id);
        return id;
    }

    internal void ClearTimer(TimerId id) => timers.Clear(id.Value);

    /// <summary>
    /// Test seam: runs on the loop's thread when the loop has found nothing ready to run, just before it
    /// looks at whether the program has finished. Lets a test make other threads act inside that window.
    /// </summary>
    internal Action? BeforeIdleCheck { get; set; }

    internal bool IsOnLoopThread => Thread.CurrentThread == thread;

    /// <summary>Queues work from any thread; the loop runs it as a task of its own.</summary>
    internal void PostFromAnyThread(Action work)
    {
        if (IsOnLoopThread)
        {
            microtasks.Enqueue(work);
            return;
        }

        inbox.Enqueue(work);
        wakeUp.Release();
    }

    private void EnsureOnLoop(string call)
    {
        if (IsOnLoopThread && !finished)
        {
            return;
        }

        var onThread = $"{call} ran on thread {Environment.CurrentManagedThreadId}{(Thread.CurrentThread.IsThreadPoolThread ? " (a thread-pool thread)" : string.Empty)}, not on the loop's thread";
        var record = new EscapeRecord(Escaped(onThread, EscapeCause.Find()));

        // One atomic step decides whether this call came before the end of the run (the run fails as escaped)
        // or after it (only this call fails): EndRun closes the same slot.
        var before = finished ? RunEnded : Interlocked.CompareExchange(ref escape, record, null);
        if (ReferenceEquals(before, RunEnded))
        {
            throw new InvalidOperationException(Escaped($"{call} was called after the run had ended"));
        }

        wakeUp.Release();
        throw new InvalidOperationException(record.Message);
    }

    /// <summary>The escape message: what ran where, then the likely cause when the escaping thread's stack tells it.</summary>
    private static string Escaped(string what, string? cause = null) => cause is null
        ? $"Escaped the event loop: {what}. Code that touches the loop must run on it: look for ConfigureAwait(false), Task.Run, or a timer that is not the loop's."
        : $"Escaped the event loop: {what}. Likely cause: {cause}. Code that touches the loop must run on it.";

    private sealed record RunningCallback(string What, long SinceMs);

    /// <summary>The first escape of a run, or <see cref="RunEnded"/> once the run is over.</summary>
    private sealed record EscapeRecord(string Message);
}

namespace ContinuationKatas.Runtime;

/// <summary>The loop itself: how a run proceeds, ends, and fails.</summary>
public sealed partial class EventLoop
{
    private Transcript RunToEnd(Func<EventLoop, Task?> main)
    {
        var previous = SynchronizationContext.Current;
        var outer = current;
        SynchronizationContext.SetSynchronizationContext(SynchronizationContext);
        current = this;
        try
        {
            Task? program = null;
            RunCallback(() => program = main(this), "main", CallbackKind.Main);
            Loop(program);

            // The run ends here. An escape recorded before this point is the cause to report, even when the
            // escaping thread has also faulted the program's Task: that can happen between the loop's last
            // look at the inbox and its look at the Task.
            var escaped = EndRun();
            if (fatal is not null)
            {
                throw fatal;
            }

            if (escaped is not null)
            {
                throw Fail(EventLoopFailure.Escaped, escaped);
            }

            if (program is { IsCanceled: true })
            {
                throw Fail(EventLoopFailure.ProgramFailed, "The program's Task was cancelled: an OperationCanceledException reached main and nothing handled it.");
            }

            if (program is { IsFaulted: true })
            {
                var error = program.Exception!.InnerExceptions.Count == 1 ? program.Exception.InnerException! : program.Exception;
                throw Fail(EventLoopFailure.ProgramFailed, $"The program's Task failed: {error.GetType().Name}: {error.Message}", error);
            }

            return Snapshot();
        }
        finally
        {
            EndRun();
            current = outer;
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void Loop(Task? program)
    {
        while (true)
        {
            ThrowIfEscaped();
            if (inbox.TryDequeue(out var posted))
            {
                RunCallback(posted, "posted work", CallbackKind.Posted);
                continue;
            }

            if (timers.TryPeek(out var next))
            {
                if (!clock.WaitUntil(next.Due, wakeUp))
                {
                    continue;
                }

                var timer = timers.Dequeue();
                clock.AdvanceTo(timer.Due);
                timer.FiredAt = Now;
                RunCallback(timer.Callback, $"a timer callback (timer #{timer.Id}, scheduled at t={timer.ScheduledAt} ms)", CallbackKind.Timer, new TimerId(timer.Id));
                continue;
            }

            BeforeIdleCheck?.Invoke();
            var programDone = program is null || program.IsCompleted;
            if (program is { IsFaulted: true } or { IsCanceled: true })
            {
                return; // reported as ProgramFailed, whatever else is still open
            }

            if (programDone && pending.Count == 0)
            {
                return;
            }

            if (wakeUp.Wait(options.ForeignWorkGrace))
            {
                continue;
            }

            ThrowIfEscaped();
            var waiting = new List<string>(pending);
            if (!programDone)
            {
                waiting.Insert(0, "main's Task");
            }

            throw Fail(
                EventLoopFailure.Stalled,
                $"Stalled at t={Now} ms, {waiting.Count} pending: the program has not finished, and no timer, microtask or posted callback is left that could finish it. Pending: {string.Join("; ", waiting)}.");
        }
    }

    private void RunCallback(Action callback, string what, CallbackKind kind, TimerId? timer = null)
    {
        Invoke(callback, what, kind, timer);
        while (true)
        {
            while (microtasks.TryDequeue(out var microtask))
            {
                Invoke(microtask, "a microtask", CallbackKind.Microtask);
            }

            if (!afterMicrotasks.TryDequeue(out var after))
            {
                return;
            }

            Invoke(after, "a callback queued with AfterMicrotasks", CallbackKind.Microtask);
        }
    }

    private void Invoke(Action callback, string what, CallbackKind kind, TimerId? timer = null)
    {
        if (++callbacks > options.MaxCallbacks)
        {
            throw Fail(EventLoopFailure.Runaway, $"Ran away: more than {options.MaxCallbacks} callbacks by t={Now} ms. Is something rescheduling itself forever?");
        }

        recorder?.Begin(kind, Now, timer, lines.Count);
        running = new RunningCallback(what, Now);
        try
        {
            callback();
        }
        catch (EventLoopException)
        {
            throw;
        }
        catch (Exception error)
        {
            throw Fail(EventLoopFailure.Uncaught, $"Uncaught exception at t={Now} ms in {what}: {error.GetType().Name}: {error.Message}{ThrownAt(error)}", error);
        }
        finally
        {
            running = null;
            recorder?.End(lines.Count);
        }
    }

    /// <summary>Where the exception was thrown: the first frame that has a source file (the program's, not the framework's).</summary>
    private static string ThrownAt(Exception error)
    {
        var frame = new System.Diagnostics.StackTrace(error, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(candidate => candidate.GetFileName() is not null);
        return frame is null ? string.Empty : $" (thrown at {frame.GetFileName()}:line {frame.GetFileLineNumber()})";
    }

    private void ThrowIfEscaped()
    {
        if (fatal is not null)
        {
            throw fatal;
        }

        if (Volatile.Read(ref escape) is { } recorded && !ReferenceEquals(recorded, RunEnded))
        {
            throw Fail(EventLoopFailure.Escaped, recorded.Message);
        }
    }

    /// <summary>
    /// Closes the escape slot (idempotent): from now on a call from another thread is "after the run had ended".
    /// Returns the escape recorded before, if any.
    /// </summary>
    private string? EndRun()
    {
        finished = true;
        var recorded = Interlocked.CompareExchange(ref escape, RunEnded, null);
        return recorded is null || ReferenceEquals(recorded, RunEnded) ? null : recorded.Message;
    }

    private EventLoopException Fail(EventLoopFailure failure, string message, Exception? inner = null)
    {
        var transcript = Snapshot();
        var soFar = transcript.Lines.Count == 0 ? "(nothing was logged)" : transcript.ToString().TrimEnd('\n');
        return new EventLoopException(failure, $"{message}\nTranscript until then:\n{soFar}", transcript, inner);
    }

    private Transcript Snapshot() => new([.. lines], timers.Records(), Now, recorder?.Records(lines.Count) ?? []);

    private sealed class PendingOperation(EventLoop loop, string description) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            loop.EnsureOnLoop($"disposing Pending(\"{description}\")");
            loop.pending.Remove(description);
        }
    }
}

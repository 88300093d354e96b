namespace ContinuationKatas.Promises;

/// <summary>The unhandled-rejection bookkeeping of <see cref="Promise{T}"/>: Node's two events, as transcript lines.</summary>
public sealed partial class Promise<T>
{
    // Has anybody ever registered a reaction (Then, Catch, Finally, adoption, a combinator)?
    // And was this promise reported as an unhandled rejection?
    private bool handled;
    private bool reported;

    // Node's rule: a rejection is unhandled if nobody has handled it once the callback that rejected it and all
    // the microtasks after it have run. AfterMicrotasks runs the check just then, before the loop takes any other
    // timer (even one due at the same time); a handler added in the meantime, even several microtasks later,
    // cancels the report.
    private void TrackRejection()
    {
        if (!handled)
        {
            Loop.AfterMicrotasks(ReportIfUnhandled);
        }
    }

    private void ReportIfUnhandled()
    {
        if (!handled)
        {
            reported = true;
            Loop.Log($"unhandled rejection: {reason!.Message}");
        }
    }

    // The first handler of a promise that was already reported: Node says so too, after the microtasks that
    // follow (its 'rejectionHandled' event), so the report waits for the same moment: AfterMicrotasks.
    private void TrackHandler()
    {
        if (handled)
        {
            return;
        }

        handled = true;
        if (reported)
        {
            Loop.AfterMicrotasks(() => Loop.Log($"rejection handled: {reason!.Message}"));
        }
    }
}

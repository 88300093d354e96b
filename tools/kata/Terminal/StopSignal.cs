namespace ContinuationKatas.Tool;

/// <summary>
/// Turns the first Ctrl+C into a cancellation that a long-running command (run, watch) handles by stopping
/// cleanly; a second Ctrl+C ends the process as usual.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource source;

    private StopSignal(CancellationToken outer)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    /// <summary>Cancelled on Ctrl+C, or when the context's own stop token is.</summary>
    public CancellationToken Token => source.Token;

    public static StopSignal Listen(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new StopSignal(context.Stop);
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (source.IsCancellationRequested)
        {
            return;
        }

        e.Cancel = true;
        source.Cancel();
    }
}

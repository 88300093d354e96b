using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>The watch loop: test, then wait for a saved file (file events, with polling as the fallback), test again.</summary>
internal sealed class WatchSession(CommandContext context, KataInfo kata, TimeSpan interval, CancellationToken stop)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);
    private readonly string folder = Path.Combine(context.RepoRoot, "katas", kata.Id);

    public void Run()
    {
        using var wake = new AutoResetEvent(false);
        using var watcher = TryWatch(wake);
        context.Console.WriteLine($"Watching katas/{kata.Id} (kata {kata.Code} · {kata.Title}). Save a file to rebuild and retest it. Ctrl+C stops.", Styles.Strong);
        if (watcher is null)
        {
            context.Console.WriteLine($"(No file events here: checking the files every {interval.TotalSeconds:0.0#} s instead.)", Styles.Quiet);
        }

        var last = Snapshot();
        Test([]);
        while (!stop.IsCancellationRequested)
        {
            context.Pause.Wait(interval, wake, stop);
            if (stop.IsCancellationRequested)
            {
                break;
            }

            var now = Snapshot();
            if (Same(now, last))
            {
                continue;
            }

            // Editors save in several writes: wait until the files stop changing.
            for (var tries = 0; tries < 10 && !stop.IsCancellationRequested; tries++)
            {
                context.Pause.Wait(Settle, null, stop);
                var settled = Snapshot();
                if (Same(settled, now))
                {
                    break;
                }

                now = settled;
            }

            var changed = now.Keys.Union(last.Keys).Where(file => !now.TryGetValue(file, out var a) || !last.TryGetValue(file, out var b) || a != b).Order(StringComparer.Ordinal).ToList();
            last = now;
            if (!stop.IsCancellationRequested)
            {
                Test(changed);
            }
        }

        context.Console.WriteLine();
        context.Console.WriteLine("Stopped watching.");
    }

    private void Test(IReadOnlyList<string> changed)
    {
        context.Console.WriteLine();
        context.Console.WriteLine(
            (changed.Count == 0 ? string.Empty : $"Saved: {string.Join(", ", changed)}. ") + $"Building and testing kata {kata.Code} …", Styles.Quiet);
        var log = Path.Combine(context.RepoRoot, "artifacts", "watch", kata.Id + ".log");

        // The first run restores; a retest after saving .cs files skips the restore (a good part of a small
        // kata's test time: the packages are as the first run left them). A saved .csproj restores again.
        var restore = changed.Count == 0 || changed.Any(file => file.EndsWith(".csproj", StringComparison.Ordinal));
        var run = context.Tests.RunKata(context.RepoRoot, kata, log, restore);
        WatchView.Write(context.Console, context.Catalog, kata, run, Progress.Read(context.RepoRoot, context.Catalog, "katas"));
        context.Console.WriteLine($"Watching katas/{kata.Id} … (Ctrl+C stops)", Styles.Quiet);
    }

    private Dictionary<string, (long Length, DateTime Written)> Snapshot() =>
        KataFiles.Sources(folder).ToDictionary(
            file => file,
            file =>
            {
                var info = new FileInfo(Path.Combine(folder, file));
                return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
            },
            StringComparer.Ordinal);

    private static bool Same(Dictionary<string, (long, DateTime)> a, Dictionary<string, (long, DateTime)> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && other == entry.Value);

    private FileSystemWatcher? TryWatch(AutoResetEvent wake)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => wake.Set();
            watcher.Created += (_, _) => wake.Set();
            watcher.Deleted += (_, _) => wake.Set();
            watcher.Renamed += (_, _) => wake.Set();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception error) when (error is IOException or PlatformNotSupportedException or ArgumentException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

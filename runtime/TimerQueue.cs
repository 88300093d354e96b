namespace ContinuationKatas.Runtime;

/// <summary>Timers ordered by due time, then by scheduling order; cleared timers are skipped lazily.</summary>
internal sealed class TimerQueue
{
    private readonly PriorityQueue<Entry, (long Due, long Id)> heap = new();
    private readonly Dictionary<long, Entry> active = [];
    private readonly List<Entry> all = [];

    public int Count => active.Count;

    public Entry Add(long id, long scheduledAt, long due, Action callback)
    {
        var entry = new Entry(id, scheduledAt, due, callback);
        heap.Enqueue(entry, (due, id));
        active.Add(id, entry);
        all.Add(entry);
        return entry;
    }

    public bool Clear(long id)
    {
        if (!active.Remove(id, out var entry))
        {
            return false;
        }

        entry.Cleared = true;
        return true;
    }

    public bool TryPeek(out Entry next)
    {
        while (heap.TryPeek(out next!, out _))
        {
            if (!next.Cleared)
            {
                return true;
            }

            heap.Dequeue();
        }

        return false;
    }

    public Entry Dequeue()
    {
        TryPeek(out _);
        var entry = heap.Dequeue();
        active.Remove(entry.Id);
        return entry;
    }

    public IReadOnlyList<TimerRecord> Records() =>
        [.. all.Select(e => new TimerRecord(new TimerId(e.Id), e.ScheduledAt, e.Due, e.FiredAt, e.Cleared))];

    internal sealed class Entry(long id, long scheduledAt, long due, Action callback)
    {
        public long Id { get; } = id;

        public long ScheduledAt { get; } = scheduledAt;

        public long Due { get; } = due;

        public Action Callback { get; } = callback;

        public bool Cleared { get; set; }

        public long? FiredAt { get; set; }
    }
}

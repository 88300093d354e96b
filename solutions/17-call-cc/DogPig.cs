using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;

namespace Katas.CallCC;

/// <summary>
/// The dog and the pig as two cooperative tasks: each wakes up, hands over to the other, goes to sleep, and arrives —
/// 🐶 at 2000 ms, 🐷 at 5000 ms. No task ever waits by blocking: it hands its continuation to the scheduler.
/// </summary>
public static class DogPig
{
    /// <summary>Runs the program on the kit's trampoline (<c>./kata run 17</c>). Given.</summary>
    public static void Main(EventLoop loop) => Trampoline.Run(loop, Main);

    /// <summary>The program: main starts the dog, then the pig, and hands over to them.</summary>
    public static Step Main(Trampoline cps, Continuation<Unit> exit)
    {
        ArgumentNullException.ThrowIfNull(cps);
        var scheduler = new Scheduler(cps, exit);
        return cps.Print("main: start", _ =>
        {
            scheduler.Spawn(done => Animal(cps, scheduler, "🐶", 2000, done));
            scheduler.Spawn(done => Animal(cps, scheduler, "🐷", 5000, done));
            return cps.Print("main: end", _ => scheduler.Next());
        });
    }

    // One task: wakes up, yields (the other wakes up), falls asleep, yields again by sleeping, and arrives.
    private static Step Animal(Trampoline cps, Scheduler scheduler, string who, long ms, Continuation<Unit> done) =>
        cps.Print($"{who} wakes up", _ =>
            scheduler.Yield(_ =>
                cps.Print($"{who} sleeps", _ =>
                    scheduler.Sleep(ms, _ =>
                        cps.Print(who, done)))));
}

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

        // TODO: step 5 — print "main: start", spawn the dog (2000 ms) and then the pig (5000 ms), print "main: end", then scheduler.Next().
        throw new NotSolvedYetException("Kata 17 (call/cc), step 5: in DogPig.Main, start the dog and the pig as two tasks of a Scheduler, each: wakes up, Yield, sleeps, Sleep, arrives.");
    }
}

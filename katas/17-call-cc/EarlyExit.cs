using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;

namespace Katas.CallCC;

/// <summary>
/// The early exit, from Scheme:
/// <code>
/// (print 1)
/// (print (call/cc (lambda (k) (print 2) (k 3) (print "🙈") 5)))
/// (print 4)
/// </code>
/// Prints 1 2 3 4: (k 3) jumps to the print after call/cc, so 🙈 never prints.
/// </summary>
public static class EarlyExit
{
    /// <summary>Runs the program on the kit's trampoline (<c>./kata run 17 --main EarlyExit.Main</c>). Given.</summary>
    public static void Main(EventLoop loop) => Trampoline.Run(loop, Main);

    /// <summary>The program in continuation-passing style: each line's continuation is the lines after it.</summary>
    public static Step Main(Trampoline cps, Continuation<Unit> exit)
    {
        ArgumentNullException.ThrowIfNull(cps);

        // TODO: step 2 — write the program in CPS: cps.Print("1", _ => Continuations.CallCC<int>((k, ret) => …, value => …)).
        throw new NotSolvedYetException("Kata 17 (call/cc), step 2: in EarlyExit.Main, write the early exit in CPS: 1, then call/cc whose lambda prints 2 and jumps with k(3, …), then 4.");
    }
}

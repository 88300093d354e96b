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

        // (print 4), then the end.
        Continuation<int> printIt = value => cps.Print($"{value}", _ => cps.Print("4", exit));

        return cps.Print("1", _ =>
            Continuations.CallCC<int>(
                (k, ret) => cps.Print("2", _ =>
                    k(3, _ =>                     // the continuation of (k 3): the lines after it, which k ignores
                        cps.Print("🙈", _ =>
                            ret(5)))),            // the lambda's own result, had it got this far
                printIt));
    }
}

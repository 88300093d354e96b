using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;

namespace Katas.CallCC;

/// <summary>
/// The rocket jump, from Scheme:
/// <code>
/// (define saved #f)
/// (define count 0)
/// (print (+ 100 (call/cc (lambda (k) (set! saved k) 100))))
/// (when (&lt; count 3) (set! count (+ count 1)) (print "🚀") (saved count))
/// </code>
/// Prints 200 🚀 101 🚀 102 🚀 103: each (saved count) goes back into the middle of the addition.
/// </summary>
public static class RocketJump
{
    /// <summary>Runs the program on the kit's trampoline (<c>./kata run 17 --main RocketJump.Main</c>). Given.</summary>
    public static void Main(EventLoop loop) => Trampoline.Run(loop, Main);

    /// <summary>The program in continuation-passing style.</summary>
    public static Step Main(Trampoline cps, Continuation<Unit> exit)
    {
        ArgumentNullException.ThrowIfNull(cps);

        // TODO: step 3 — keep k in a variable `saved`; call/cc's continuation prints 100 + value, then, while count < 3, counts up, prints 🚀 and calls saved(count, exit).
        throw new NotSolvedYetException("Kata 17 (call/cc), step 3: in RocketJump.Main, save the continuation call/cc hands you and call it again while count < 3.");
    }
}

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
        Captured<int>? saved = null;
        var count = 0;

        // The continuation of call/cc: add 100, print, then the `when` line. Calling `saved` comes back here.
        Continuation<int> plus100 = value => cps.Print($"{100 + value}", _ =>
        {
            if (count >= 3)
            {
                return exit(default);
            }

            count++;
            return cps.Print("🚀", _ => saved!(count, exit));
        });

        return Continuations.CallCC<int>((k, ret) => { saved = k; return ret(100); }, plus100);
    }
}

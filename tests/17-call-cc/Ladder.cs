using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;

namespace Katas.CallCC.Tests;

/// <summary>
/// The kata's steps as one program, for the fixtures' "not solved yet" gate: run in step order, so a fixture says
/// the first step still to do, not its own.
/// </summary>
internal static class Ladder
{
    /// <summary>Steps 1 to <paramref name="step"/>, each run on the trampoline.</summary>
    public static Action<EventLoop> Through(int step) => loop =>
    {
        Trampoline.Run(loop, (_, exit) => Continuations.CallCC<Unit>((k, _) => k(default, exit), exit));
        if (step >= 2)
        {
            Trampoline.Run(loop, EarlyExit.Main);
        }

        if (step >= 3)
        {
            Trampoline.Run(loop, RocketJump.Main);
        }

        if (step >= 4)
        {
            Trampoline.Run(loop, (cps, exit) =>
            {
                var scheduler = new Scheduler(cps, exit);
                scheduler.Spawn(done => scheduler.Yield(_ => scheduler.Sleep(1, done)));
                return scheduler.Next();
            });
        }

        if (step >= 5)
        {
            Trampoline.Run(loop, DogPig.Main);
        }
    };
}

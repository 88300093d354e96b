using ContinuationKatas.Runtime;
using ContinuationKatas.Runtime.Cps;
using ContinuationKatas.Testing;

namespace Katas.CallCC.Tests;

/// <summary>Runs the kata's CPS programs on the kit's trampoline, with the trampoline's failures said in a few lines.</summary>
internal static class CpsRun
{
    /// <summary>
    /// Runs <paramref name="program"/> (written in <paramref name="file"/>) and returns its transcript, or fails the test
    /// with what went wrong.
    /// </summary>
    public static Transcript Run(string file, Func<Trampoline, Continuation<Unit>, Step> program)
    {
        var outcome = KataRun.TryRun(loop => { Trampoline.Run(loop, program); return null; });
        if (KataRun.FindNotSolved(outcome.Error) is null
            && outcome.Error is EventLoopException { InnerException: TrampolineException problem } failure)
        {
            var last = failure.Transcript.Lines.TakeLast(6).Select(line => line.ToString());
            Assert.Fail($"{problem.Message}\nIn {Kata.Source(file)}. The last lines it printed:\n{string.Join('\n', last)}");
        }

        if (KataRun.Explain(outcome) is { } explained)
        {
            Assert.Fail(explained);
        }

        return outcome.Transcript!;
    }

    /// <summary>The printed texts, in order.</summary>
    public static string[] Texts(Transcript transcript) => [.. transcript.Lines.Select(line => line.Text)];
}

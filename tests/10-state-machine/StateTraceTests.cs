using System.Runtime.CompilerServices;
using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace Katas.StateMachine.Tests;

/// <summary>The machine's life, state by state, against an approved trace beside this file.</summary>
public sealed class StateTraceTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void The_dog_pig_machine_suspends_in_state_0_then_1_and_is_resumed_by_each_promise_in_turn()
    {
        var transcript = Run(loop =>
        {
            var trace = new StateTrace(loop);
            var promise1 = DogPig.Delay(loop, "🐶", 2000);
            var promise2 = DogPig.Delay(loop, "🐷", 5000);
            trace.Watch(promise1, "promise1");
            trace.Watch(promise2, "promise2");
            var machine = new DogPigMachine(loop, promise1, promise2) { Trace = trace.Entered };
            machine.MoveNext();
            trace.Returned(machine.State);
            trace.Finished(machine.Promise, () => machine.State);
        });

        ApproveTrace(transcript, 5000);
    }

    [Test]
    public void The_boom_machine_runs_catch_and_finally_in_the_MoveNext_that_promise2_resumes()
    {
        var transcript = Run(loop =>
        {
            var trace = new StateTrace(loop);
            var promise1 = DogPig.Delay(loop, "🐶", 200);
            var promise2 = DogBoom.Fail(loop, new InvalidOperationException("💥"), 500);
            trace.Watch(promise1, "promise1");
            trace.Watch(promise2, "promise2");
            var machine = new DogBoomMachine(loop, promise1, promise2) { Trace = trace.Entered };
            machine.MoveNext();
            trace.Returned(machine.State);
            trace.Finished(machine.Promise, () => machine.State);
        });

        ApproveTrace(transcript, 500);
    }

    // A machine that does not store its state before it subscribes starts c() over at every resumption, and subscribes
    // again: it never ends. Its trace shows it, so the failure names it instead of only "ran away".
    private static Transcript Run(Action<EventLoop> program)
    {
        var outcome = KataRun.TryRun(loop => { program(loop); return null; });
        var logged = outcome.Transcript ?? (outcome.Error as EventLoopException)?.Transcript;
        if (outcome.Transcript is null && logged is not null && logged.Count("· MoveNext in state -1, called by c(), to start it") == 1 &&
            logged.Lines.Count(line => line.Text.StartsWith("· MoveNext in state -1, called by the reaction", StringComparison.Ordinal)) > 0)
        {
            Assert.Fail(
                "MoveNext was resumed in state -1, so it started c() over: an await must store its state (0 for the first, 1 for " +
                "the second) before it subscribes and returns, or the resumption cannot tell where c() stopped (steps 2 and 3).\n" +
                KataRun.Explain(outcome)!.Split("\nTranscript until then:", 2)[0]);
        }

        return outcome.Transcript ?? KataRun.Run(loop => { program(loop); return null; });
    }

    private static void ApproveTrace(Transcript transcript, long endMs, [CallerFilePath] string source = "", [CallerMemberName] string test = "")
    {
        if (transcript.Count("· MoveNext in state -1, called by c(), to start it") == 0)
        {
            Assert.Fail("The trace has no MoveNext: keep `Trace?.Invoke(state);` as the first line of MoveNext; the tests trace your machine through it.");
        }

        var result = Approver.Compare(transcript.ToString(), ApprovalFile.Beside(source, test), ApprovalSettings.FromEnvironment());
        if (!result.Passed)
        {
            Assert.Fail(
                BoomMistakes.Named(transcript, endMs) + "The machine's trace is not the approved one. Lines with · are the trace: each MoveNext, the state it resumes in, " +
                "who called it; every await must store its state (0, then 1), subscribe to its promise and return, and the end must " +
                $"set the state to -2.\n\n{result.Message}");
        }
    }
}

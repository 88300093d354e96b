using ContinuationKatas.Runtime.Cps;

namespace ContinuationKatas.Runtime.Tests;

public sealed class TrampolineTests
{
    [Test]
    public void Run_ProgramThatPrintsAndExits_LogsInOrderAndEnds()
    {
        Trampoline? trampoline = null;
        var transcript = EventLoop.Run(loop =>
        {
            trampoline = Trampoline.Run(loop, (cps, exit) => cps.Print("a", _ => cps.Print("b", exit)));
        });

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(trampoline!.Ended, Is.True);
        Assert.That(trampoline.Steps, Is.EqualTo(3), "the program's first step, then one step per Print");
    }

    [Test]
    public void Print_StepThatIsNotReturned_NeverRuns()
    {
        var transcript = EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            _ = cps.Print("dropped", exit);
            return cps.Print("returned", exit);
        }));

        Assert.That(transcript.Lines.Select(line => line.Text), Is.EqualTo(new[] { "returned" }));
    }

    [Test]
    public void Resume_JumpingBackAHundredThousandTimes_KeepsTheStackFlat()
    {
        var count = 0;
        EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            Continuation<int>? again = null;
            again = n => n == 100_000 ? exit(default) : Step.Jump(again!, n + 1);
            return again(0);
        }, maxSteps: 200_000));

        EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            Continuation<Unit>? again = null;
            again = _ => ++count == 100_000 ? exit(default) : cps.Print("x", again!);
            return again(default);
        }, maxSteps: 200_000));

        Assert.That(count, Is.EqualTo(100_000));
    }

    [Test]
    public void Resume_EndlessJump_FailsAfterMaxStepsWithARunawayMessage()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            Continuation<Unit>? again = null;
            again = _ => cps.Print("🚀", again!);
            return again(default);
        }, maxSteps: 50)));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Uncaught));
        Assert.That(error.InnerException, Is.TypeOf<TrampolineException>());
        Assert.That(error.InnerException!.Message, Does.StartWith("Ran away: more than 50 steps, and the program has not ended."));
        Assert.That(error.Transcript.Count("🚀"), Is.EqualTo(49), "the first step starts the program; each later one prints");
    }

    [Test]
    public void Run_ProgramThatWaitsForATimer_GoesOnWhenTheCallbackResumesIt()
    {
        var transcript = EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            cps.Loop.SetTimeout(() => cps.Resume(cps.Print("later", exit)), 2000);
            return Step.Wait;
        }));

        Assert.That(transcript.TimeOf("later"), Is.EqualTo(2000));
    }

    [Test]
    public void Run_ProgramThatNeverCallsExit_FailsAsStalledAndSaysSo()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Trampoline.Run(loop, (_, _) => Step.Wait)));

        Assert.That(error!.Failure, Is.EqualTo(EventLoopFailure.Stalled));
        Assert.That(error.Message, Does.Contain("the CPS program: it has not called its exit continuation"));
    }

    [Test]
    public void Resume_AfterTheProgramHasEnded_FailsNamingTheContinuationCalledAfterTheEnd()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            cps.Loop.SetTimeout(() => cps.Resume(cps.Print("again", exit)), 1000);
            return exit(default);
        })));

        Assert.That(error!.InnerException, Is.TypeOf<TrampolineException>());
        Assert.That(error.InnerException!.Message, Does.StartWith("The program went on after it had ended"));
        Assert.That(error.Transcript.Count("again"), Is.Zero);
    }

    [Test]
    public void Exit_CalledTwice_FailsWithTheSecondCall()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Trampoline.Run(loop, (_, exit) =>
        {
            exit(default);
            return exit(default);
        })));

        Assert.That(error!.InnerException!.Message, Does.StartWith("The program's exit continuation was called a second time"));
    }

    [Test]
    public void Resume_InsideAStep_FailsAndSaysToReturnTheStep()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Trampoline.Run(loop, (cps, exit) =>
        {
            cps.Resume(cps.Print("nested", exit));
            return Step.Wait;
        })));

        Assert.That(error!.InnerException!.Message, Does.StartWith("Resume was called inside a step"));
    }

    [Test]
    public void Resume_ContinuationReturningNull_FailsWithAMessage()
    {
        var error = Assert.Throws<EventLoopException>(() => EventLoop.Run(loop => Trampoline.Run(loop, (_, _) => null!)));

        Assert.That(error!.InnerException!.Message, Does.StartWith("A continuation returned null instead of a Step"));
    }
}

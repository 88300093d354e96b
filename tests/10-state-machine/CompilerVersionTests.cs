using ContinuationKatas.Promises;
using ContinuationKatas.Testing;

namespace Katas.StateMachine.Tests;

/// <summary>The compiler's version, which `./kata lower 10` shows, is the same program as yours: the same transcripts.</summary>
public sealed class CompilerVersionTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void The_compilers_dog_pig_prints_the_same_transcript()
    {
        Scenarios.Approve("dog-pig", KataRun.Run(CompilerVersion.Main));
    }

    [Test]
    public void The_compilers_boom_prints_the_same_transcript()
    {
        Scenarios.Approve("dog-boom", KataRun.Run(CompilerVersion.MainBoom));
    }

    [Test]
    public void Past_an_await_that_has_already_completed_the_compilers_machine_goes_on_at_once_and_yours_still_suspends()
    {
        var compilerDone = false;
        var machineState = 0;
        KataRun.Run(loop =>
        {
            compilerDone = CompilerVersion.C(Task.FromResult("🐶"), Task.FromResult("🐷")).IsCompleted;
            var machine = new DogPigMachine(loop, Promise.Resolve(loop, "🐶"), Promise.Resolve(loop, "🐷"));
            machine.MoveNext();
            machineState = machine.State;
        });

        Assert.That(compilerDone, Is.True,
            "C#: the compiler's MoveNext asks the awaiter IsCompleted first and, when it is, goes on without suspending: " +
            "with two completed Tasks, c() has finished before it returns.");
        Assert.That(machineState, Is.Zero,
            "JavaScript: await always suspends, even on a settled promise, and resumes in a microtask; so does your machine, because " +
            "Then always calls back later. After the first MoveNext it waits in state 0, although both promises are already fulfilled.");
    }
}

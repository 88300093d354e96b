using ContinuationKatas.Approvals;
using ContinuationKatas.NodeCorpus.Tests.Ports;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.NodeCorpus.Tests;

/// <summary>
/// Each program of programs/ ported to C# on the kit's promise library (promises/) and loop, checked against
/// the transcript Node printed for it (record.mjs). Where C# cannot match, the test names the exact lines that differ
/// and why, and checks that everything else matches.
/// </summary>
public sealed class NodeCorpusTests
{
    private static readonly Dictionary<string, Action<EventLoop>> Ports = new(StringComparer.Ordinal)
    {
        ["01-dog-pig"] = DogPig.Run,
        ["02-composition"] = Composition.Run,
        ["03-dog-boom"] = DogBoom.Run,
        ["04-unhandled-rejection"] = DogBoom.RunUnhandled,
        ["05-microtask-vs-timer"] = MicrotaskVsTimer.Run,
        ["06-equal-timers"] = EqualTimers.Run,
        ["07-interleaved-chains"] = InterleavedChains.Run,
        ["08-adoption"] = Adoption.Run,
        ["09-finally-pass-through"] = FinallyPassThrough.Run,
        ["10-all-race"] = AllRace.Run,
        ["11-any-allsettled"] = AnyAllSettled.Run,
        ["12-eager-vs-lazy"] = EagerVsLazy.Run,
        ["13-chaining-cycle"] = ChainingCycle.Run,
        ["14-unhandled-vs-timer"] = UnhandledVsTimer.Run,
        ["15-promise-resolve-identity"] = PromiseResolveIdentity.Run,
        ["16-resolve-with-a-promise"] = ResolveWithAPromise.Run,
        ["17-finally-waits"] = FinallyWaits.Run,
        ["18-combinators-misbehaving-thenable"] = CombinatorsMisbehavingThenable.Run,
        ["19-first-call-wins"] = FirstCallWins.Run,

        // 20-29: generators driven by a co/Babel-style runner (generator-runner.js); in C#, iterators on the runner of
        // katas 08 and 09, and the katas' own programs where the program is the kata's.
        ["20-generator-dog-pig"] = Katas.GeneratorRunner.DogPig.Main,
        ["21-generator-composition"] = Katas.GeneratorRunner.DogPig.MainComposed,
        ["22-generator-interleaved"] = NodePrograms.Interleaved.Run,
        ["23-generator-boom"] = Katas.GeneratorErrors.DogBoom.Main,
        ["24-generator-abandoned"] = NodePrograms.Abandoned.Run,

        // 40-49: await, tick by tick, on kata 12's reference method builder.
        ["40-await-plain-value"] = AwaitPlainValue.Run,
        ["41-await-settled-promise"] = AwaitSettledPromise.Run,
        ["42-await-pending-promise"] = AwaitPendingPromise.Run,
        ["43-async-functions-interleave"] = AsyncFunctionsInterleave.Run,
        ["44-async-awaits-async"] = AsyncAwaitsAsync.Run,
        ["45-return-await"] = ReturnAwait.Run,
        ["46-return-a-promise"] = ReturnAPromise.Run,
        ["47-then-after-async"] = ThenAfterAsync.Run,
        ["48-rejection-escapes-async"] = RejectionEscapesAsync.Run,
        ["49-await-rejected-in-try"] = AwaitRejectedInTry.Run,
    };

    // 60-69: async generators and for await, ported onto real async iterators and await foreach (kata 15): mains that return a Task.
    private static readonly Dictionary<string, Func<EventLoop, Task?>> AsyncPorts = new(StringComparer.Ordinal)
    {
        ["60-async-generator-dog-pig"] = Katas.AsyncStreams.DogPig.Main,
        ["61-async-generator-break"] = Katas.AsyncStreams.DogPig.MainDogOnly,
        ["62-async-generator-lazy"] = AsyncGeneratorLazy.Run,
        ["63-async-generator-turns"] = AsyncGeneratorTurns.Run,
        ["64-async-generator-async-cleanup"] = AsyncGeneratorAsyncCleanup.Run,
    };

    private static readonly string[] ExactAsync =
    [
        "60-async-generator-dog-pig", "61-async-generator-break", "62-async-generator-lazy", "64-async-generator-async-cleanup",
    ];

    private static readonly string[] Exact =
    [
        "01-dog-pig", "02-composition", "03-dog-boom", "04-unhandled-rejection", "06-equal-timers", "07-interleaved-chains",
        "08-adoption", "09-finally-pass-through", "10-all-race", "11-any-allsettled", "12-eager-vs-lazy",
        "14-unhandled-vs-timer", "15-promise-resolve-identity", "16-resolve-with-a-promise", "17-finally-waits",
        "18-combinators-misbehaving-thenable", "19-first-call-wins",
        "20-generator-dog-pig", "21-generator-composition",
        "22-generator-interleaved", "23-generator-boom", "24-generator-abandoned",
                "40-await-plain-value", "41-await-settled-promise", "42-await-pending-promise",
        "43-async-functions-interleave", "44-async-awaits-async", "45-return-await", "47-then-after-async",
        "48-rejection-escapes-async", "49-await-rejected-in-try",
    ];

    [TestCaseSource(nameof(Exact))]
    public void The_port_prints_exactly_what_Node_prints(string program) => Corpus.MatchesNode(program, Ports[program]);

    [TestCaseSource(nameof(ExactAsync))]
    public void The_async_port_prints_exactly_what_Node_prints(string program) => Corpus.MatchesNode(program, AsyncPorts[program]);

    [Test]
    public void Await_foreach_over_ready_values_takes_no_turn_where_for_await_takes_turns()
    {
        // JavaScript: every next() of an async generator is a promise, its yield awaits the value, and for await awaits each
        // result, so the consumer reads its two ready animals between the turns of a then chain. C#: MoveNextAsync returns a
        // ValueTask<bool> that is already complete, and await goes straight on: the consumer has finished inside consume(),
        // before "main: end". The three lines move; everything else matches.
        Corpus.DiffersFromNode(
            "63-async-generator-turns",
            AsyncPorts["63-async-generator-turns"],
            KnownDifference.Moved(new(0, "got 🐶"), nodeAfter: new(0, "turn 1")),
            KnownDifference.Moved(new(0, "got 🐷"), nodeAfter: new(0, "turn 3")),
            KnownDifference.Moved(new(0, "consumer: done"), nodeAfter: new(0, "turn 4")));
    }

    [Test]
    public void Microtask_vs_timer_differs_only_where_Node_turns_a_0_ms_delay_into_1_ms()
    {
        // Node's setTimeout runs a delay below 1 ms after 1 ms; the kit's loop runs a 0 ms timer at once, as
        // browsers do for timers that are not nested. Order and microtasks are the same.
        Corpus.DiffersFromNode(
            "05-microtask-vs-timer",
            Ports["05-microtask-vs-timer"],
            KnownDifference.Printed(node: new(1, "timer: 0 ms"), csharp: new(0, "timer: 0 ms")),
            KnownDifference.Printed(node: new(6, "timer: 0 ms after the 5 ms timer"), csharp: new(5, "timer: 0 ms after the 5 ms timer")));
    }

    [Test]
    public void A_chaining_cycle_is_rejected_in_both_but_with_a_CSharp_exception()
    {
        // JavaScript rejects with a TypeError; C# has no TypeError, and the kata's promise rejects with an
        // InvalidOperationException and a message of its own. When and how often match.
        Corpus.DiffersFromNode(
            "13-chaining-cycle",
            Ports["13-chaining-cycle"],
            KnownDifference.Printed(
                node: new(0, "rejected: TypeError: Chaining cycle detected for promise #<Promise>"),
                csharp: new(0, "rejected: InvalidOperationException: Chaining cycle: a promise cannot be resolved with itself; it would wait for itself forever.")));
    }

    [Test]
    public void An_async_method_that_returns_a_promise_must_await_it_in_CSharp_and_settles_two_turns_before_Node()
    {
        // `return p` in an async function: its promise adopts p, two turns more than `return await p` (ecma262 #2770). An
        // async Promise<string> method must return a string, so the port writes `return await p`, and its then runs after
        // "turn 2" instead of after "turn 3". Everything else matches.
        Corpus.DiffersFromNode(
            "46-return-a-promise",
            Ports["46-return-a-promise"],
            KnownDifference.Moved(new(0, "return p: p"), nodeAfter: new(0, "turn 3")));
    }

    [Test]
    public void The_async_function_of_program_47_on_the_kata_12_builder_prints_what_Node_prints_too() =>
        Corpus.MatchesNode("47-then-after-async", ThenAfterAsync.RunOnTheBuilder);

    [Test]
    public void Written_as_nested_Thens_an_async_function_settles_its_promise_one_turn_after_Node()
    {
        // The convention the ports followed before programs 40-49: `await x` as x.Then(rest). When the rest awaits again,
        // the outer Then's callback returns a promise, which the outer promise adopts. Adoption costs two turns, but the
        // inner promise settles during the first of them, so the then after c() runs one turn late. The ports now
        // follow Await.On (one plain reaction, the function's own resolver); this keeps the old way's cost on record.
        var node = File.ReadAllLines(ApprovalFile.Named(Corpus.Directory, "47-then-after-async").VerifiedPath);
        var nested = ContinuationKatas.Testing.KataRun.Run(ThenAfterAsync.RunWithNestedThens).Lines.Select(line => line.ToString()).ToList();

        Assert.That(Array.IndexOf(node, "     0 ms  c's promise: 🐶🐷"), Is.EqualTo(Array.IndexOf(node, "     0 ms  turn 2") + 1),
            "Node: c's promise is fulfilled in the turn c() returns, so its then runs right after \"turn 2\".");
        Assert.That(nested.IndexOf("     0 ms  c's promise: 🐶🐷"), Is.EqualTo(nested.IndexOf("     0 ms  turn 3") + 1),
            "Nested Thens: the then after c() runs after \"turn 3\", one turn late.\n" + string.Join('\n', nested));
    }

    [Test]
    public void Every_program_has_a_port_and_a_transcript_recorded_from_Node()
    {
        Assert.That(Ports.Keys.Concat(AsyncPorts.Keys).Order(StringComparer.Ordinal), Is.EqualTo(Corpus.Programs),
            "Each programs/NN-name.js needs a C# port and a test here (and `node tests/node-corpus/record.mjs` to record it).");
        Assert.That(Corpus.Programs.Where(program => !File.Exists(ApprovalFile.Named(Corpus.Directory, program).VerifiedPath)), Is.Empty,
            "Record the missing transcripts with `node tests/node-corpus/record.mjs`.");
    }

    [TestCase("01-dog-pig", "dog-pig")]
    [TestCase("02-composition", "dog-pig-composition")]
    [TestCase("03-dog-boom", "dog-boom")]
    [TestCase("04-unhandled-rejection", "unhandled-rejection")]
    [TestCase("20-generator-dog-pig", "dog-pig")]
    [TestCase("21-generator-composition", "dog-pig-composition")]
    [TestCase("23-generator-boom", "dog-boom")]
    [TestCase("60-async-generator-dog-pig", "dog-pig-stream")]
    [TestCase("61-async-generator-break", "dog-pig-stream-break")]
    public void The_kits_approved_scenario_is_what_Node_prints(string program, string scenario)
    {
        var node = File.ReadAllText(ApprovalFile.Named(Corpus.Directory, program).VerifiedPath);

        Corpus.Approve(ApprovalFile.Named(Corpus.ScenarioDirectory, scenario), node,
            $"tests/scenarios/{scenario}.verified.txt, which every kata is approved against, must be what Node prints for programs/{program}.js.\n");
    }
}

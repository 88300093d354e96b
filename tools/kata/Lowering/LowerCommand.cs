using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>`kata lower NN`: what the C# compiler made of the kata's async and iterator methods, decompiled.</summary>
internal sealed class LowerCommand : OneKataCommand<LowerCommand, LowerCommand.Settings>, IKataCommand
{
    public static string Name => "lower";

    public static Audience Audience => Audience.Learners;

    public static string Summary => "NN: what the compiler made of the kata's async/iterator methods: the state machine and MoveNext";

    public static string Description => """
        Builds kata NN and prints what the C# compiler made of each `async` or iterator method in it: the
        method rewritten to create and start a state machine, and the state machine itself: its fields
        (<>1__state, the builder, the locals that live across a suspension, one field per awaiter type)
        and MoveNext, which runs from one suspension to the next. It is read back from the compiled
        assembly with ICSharpCode.Decompiler, async/await and iterator decompilation switched off:
        what SharpLab shows online, here offline.
        """;

    public static IReadOnlyList<string[]> Examples =>
    [
        ["lower", "10"],
        ["lower", "10", "--method", "C"],
        ["lower", "08", "--solution"],
    ];

    protected override int Run(CommandContext context, Settings settings, KataInfo kata)
    {
        var folder = $"{(settings.Solution ? "solutions" : "katas")}/{kata.Id}";
        context.ErrorConsole.WriteLine($"Building {folder} …", Styles.Quiet);
        var log = Path.Combine(context.RepoRoot, "artifacts", "build", $"{kata.Id}{(settings.Solution ? ".solution" : string.Empty)}.log");
        var build = context.Builder.Build(Path.Combine(context.RepoRoot, folder), log);
        if (!build.Succeeded)
        {
            context.Error.WriteLine($"kata lower: {folder} does not compile, so there is nothing to lower yet. The first errors:");
            foreach (var error in build.Errors.Take(3))
            {
                context.Error.WriteLine("  " + error.Replace(context.RepoRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
            }

            context.Error.WriteLine($"Fix them (dotnet build {folder}), or lower the reference: ./kata lower {kata.Code} --solution");
            return 1;
        }

        var methods = Lowering.Find(build.AssemblyPath!);
        if (methods.Count == 0)
        {
            context.Error.WriteLine($"kata lower: {folder} has no async or iterator method, so the compiler made no state machine to show. " +
                "Kata 08 and 09 have iterators; kata 10 ships the compiler's async c() beside yours.");
            return 1;
        }

        var chosen = settings.Method is { } name ? [.. methods.Where(method => method.IsNamed(name))] : methods;
        if (chosen.Count == 0)
        {
            context.Error.WriteLine($"kata lower: {folder} has no async or iterator method '{settings.Method}'. " +
                $"It has: {string.Join(", ", methods.Select(method => $"{method.Name} ({method.Kind})"))}.");
            return 1;
        }

        foreach (var method in chosen)
        {
            context.Console.WriteLine($"──── {method.Name} ({method.Kind}) · state machine {method.StateMachine} · {folder} ────", Styles.Strong);
            context.Out.WriteLine(Lowering.Decompile(build.AssemblyPath!, method));
        }

        return 0;
    }

    /// <summary>The command's arguments and options.</summary>
    public sealed class Settings : KataSettings
    {
        [CommandOption("--solution")]
        [Description("lower the reference solution (solutions/NN-*) instead of yours")]
        public bool Solution { get; set; }

        [CommandOption("--method <NAME>")]
        [Description("only this method: its name (C), or Type.Method (Reference.C)")]
        public string? Method { get; set; }
    }
}

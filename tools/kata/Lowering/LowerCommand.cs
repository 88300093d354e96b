using Spectre.Console;

namespace ContinuationKatas.Tool;

/// <summary>`kata lower NN`: what the C# compiler made of the kata's async and iterator methods, decompiled.</summary>
internal sealed class LowerCommand : ICommand
{
    public string Name => "lower";

    public int Order => 60;

    public string Summary => "NN: what the compiler made of the kata's async/iterator methods: the state machine and MoveNext";

    public string Help => """
        kata lower NN [--solution] [--method NAME]

        Builds kata NN and prints what the C# compiler made of each `async` or iterator method in it: the
        method rewritten to create and start a state machine, and the state machine itself: its fields
        (<>1__state, the builder, the locals that live across a suspension, one field per awaiter type)
        and MoveNext, which runs from one suspension to the next. It is read back from the compiled
        assembly with ICSharpCode.Decompiler, async/await and iterator decompilation switched off:
        what SharpLab shows online, here offline.

          --solution     lower the reference solution (solutions/NN-*) instead of yours
          --method NAME  only this method: its name (C), or Type.Method (Reference.C)

        Examples:
          ./kata lower 10                  the compiler's c(), to lay beside your hand-written machine
          ./kata lower 10 --method C       one method only
          ./kata lower 08 --solution       the iterators of the generator-runner kata
        """;

    public int Run(CommandContext context, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parsed = Args.Parse(args, ["--solution"], ["--method"]);
        if (parsed.Error is not null || parsed.Positional.Count != 1)
        {
            return CommandLine.UsageError(context, this, parsed.Error ?? "which kata? Give its number, e.g. 10.");
        }

        var kata = CommandLine.FindKata(context, this, parsed.Positional[0]);
        if (kata is null)
        {
            return 2;
        }

        var folder = $"{(parsed.Has("--solution") ? "solutions" : "katas")}/{kata.Id}";
        context.ErrorConsole.WriteLine($"Building {folder} …", Styles.Quiet);
        var log = Path.Combine(context.RepoRoot, "artifacts", "build", $"{kata.Id}{(parsed.Has("--solution") ? ".solution" : string.Empty)}.log");
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

        var chosen = parsed.Option("--method") is { } name ? [.. methods.Where(method => method.IsNamed(name))] : methods;
        if (chosen.Count == 0)
        {
            context.Error.WriteLine($"kata lower: {folder} has no async or iterator method '{parsed.Option("--method")}'. " +
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
}

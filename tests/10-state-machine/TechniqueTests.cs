using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ContinuationKatas.Testing;

namespace Katas.StateMachine.Tests;

/// <summary>The machines are written by hand: no async, await or yield, except in the compiler's version shipped beside them.</summary>
public sealed partial class TechniqueTests() : KataFixture(DogPig.Main)
{
    // The reference the compiler lowers for `./kata lower 10`: async on purpose, and not the learner's.
    private const string CompilerVersionFile = "CompilerVersion.cs";

    [Test]
    public void The_compiled_kata_has_no_async_or_iterator_method_besides_the_compilers_version()
    {
        var lowered = typeof(DogPigMachine).Assembly.GetTypes()
            .Where(type => type != typeof(CompilerVersion) && type.DeclaringType != typeof(CompilerVersion))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttribute<StateMachineAttribute>() is not null)
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name} ({(method.GetCustomAttribute<StateMachineAttribute>() is IteratorStateMachineAttribute ? "an iterator" : "async")})")
            .ToList();

        Assert.That(lowered, Is.Empty,
            "This kata is the state machine the compiler would write, written by you: the compiler must not write one for you. " +
            "Found methods the compiler turned into state machines: " + string.Join(", ", lowered) + ".");
    }

    [Test]
    public void The_kata_source_has_no_async_await_or_yield_besides_the_compilers_version()
    {
        var kata = typeof(TechniqueTests).Assembly.GetCustomAttribute<KataUnderTestAttribute>()!;
        var folder = Path.Combine(kata.RepoRoot, kata.Set, kata.Id);
        var found = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           Path.GetFileName(file) != CompilerVersionFile)
            .SelectMany(file => Keywords().Matches(Code(File.ReadAllText(file))).Select(match => $"`{match.Value}` in {Path.GetFileName(file)}"))
            .Distinct()
            .ToList();

        Assert.That(found, Is.Empty,
            "Write the suspension yourself: store the state, subscribe to the promise with Then, return from MoveNext. " +
            "async, await and yield make the compiler write the machine. Found: " + string.Join(", ", found) + ".");
    }

    // The source without comments and string literals, so a word in a comment or a log line does not count.
    private static string Code(string source) => CommentsAndStrings().Replace(source, " ");

    [GeneratedRegex(@"\b(async|await|yield)\b")]
    private static partial Regex Keywords();

    [GeneratedRegex(@"//[^\n]*|/\*[\s\S]*?\*/|@?\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*'")]
    private static partial Regex CommentsAndStrings();
}

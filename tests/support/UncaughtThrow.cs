using System.Diagnostics;
using System.Reflection;

namespace ContinuationKatas.Testing;

/// <summary>
/// An exception that reached the loop uncaught, read against the kata's own code: who threw it, and which member of
/// the kata it came through. The kit's tests throw on purpose from callbacks they hand the kata (a Then callback, an
/// executor, a thenable's Then); then the place to look is the learner's code that called the callback, not the test.
/// </summary>
/// <param name="Error">The exception.</param>
/// <param name="Origin">Who threw it.</param>
/// <param name="Member">The kata's member nearest to the throw, e.g. <c>Promise.Then</c> or <c>the Promise constructor</c>.</param>
/// <param name="Site">Where in the kata, relative to the repository root: <c>katas/05-chaining/Promise.cs:line 120</c>.</param>
/// <param name="InLambda">Whether the code at <paramref name="Site"/> is a lambda or local function inside <paramref name="Member"/>.</param>
/// <param name="Callee">When a test's callback threw: the test's member the kata called, e.g. <c>ScriptedThenable.Then</c>.</param>
public sealed record UncaughtThrow(Exception Error, ThrowOrigin Origin, string Member, string Site, bool InLambda, string? Callee)
{
    /// <summary>
    /// Reads <paramref name="error"/>'s stack: <see langword="null"/> unless it passed through a source file under
    /// <paramref name="kataDirectory"/>. Files under <paramref name="testsDirectory"/> are the test's.
    /// </summary>
    /// <param name="error">The exception that reached the loop.</param>
    /// <param name="repoRoot">The repository root: sites are given relative to it.</param>
    /// <param name="kataDirectory">The kata's folder, relative to <paramref name="repoRoot"/>, e.g. <c>katas/05-chaining</c>.</param>
    /// <param name="testsDirectory">The tests' folder, relative to <paramref name="repoRoot"/>, e.g. <c>tests</c>.</param>
    public static UncaughtThrow? Read(Exception error, string repoRoot, string kataDirectory, string testsDirectory)
    {
        ArgumentNullException.ThrowIfNull(error);
        var frames = SourceFrames(error);
        var kataIndex = frames.FindIndex(frame => IsUnder(frame, repoRoot, kataDirectory));
        if (kataIndex < 0)
        {
            return null;
        }

        var kata = frames[kataIndex];
        var origin = kataIndex == 0 ? ThrowOrigin.Kata
            : IsUnder(frames[0], repoRoot, testsDirectory) ? ThrowOrigin.Test
            : ThrowOrigin.Elsewhere;
        var (member, inLambda) = Describe(kata.GetMethod());
        var callee = origin == ThrowOrigin.Test ? Describe(frames[kataIndex - 1].GetMethod()).Member : null;
        return new UncaughtThrow(error, origin, member, $"{Relative(kata, repoRoot)}:line {kata.GetFileLineNumber()}", inLambda, callee);
    }

    /// <summary>Whether the first source file on <paramref name="error"/>'s stack is under <paramref name="directory"/>.</summary>
    internal static bool ThrownUnder(Exception error, string repoRoot, string directory) =>
        SourceFrames(error) is [var first, ..] && IsUnder(first, repoRoot, directory);

    /// <summary>What happened, in the learner's terms: where their code threw it, or let a test's exception through.</summary>
    public string Where => Origin switch
    {
        ThrowOrigin.Test => "It was thrown by a callback that the test handed to your code, and it reached the loop " +
            $"through {Yours}, at {Site}: nothing there caught it.",
        ThrowOrigin.Kata => $"Thrown by your code: {Member} at {Site}.",
        _ => $"Thrown by code that {Yours} called at {Site}.",
    };

    // "your Promise.Then", "your Promise constructor".
    private string Yours => "your " + (Member.StartsWith("the ", StringComparison.Ordinal) ? Member[4..] : Member);

    private static List<StackFrame> SourceFrames(Exception error) =>
        [.. new StackTrace(error, fNeedFileInfo: true).GetFrames().Where(frame => frame.GetFileName() is not null)];

    private static bool IsUnder(StackFrame frame, string repoRoot, string directory) =>
        Normalize(frame.GetFileName()!).StartsWith(Normalize(Path.Combine(repoRoot, directory)).TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string Relative(StackFrame frame, string repoRoot) =>
        Normalize(frame.GetFileName()!)[(Normalize(repoRoot).TrimEnd('/').Length + 1)..];

    private static string Normalize(string path) => path.Replace('\\', '/');

    // Compiler-made names read as the member they were written in: <Then>b__0 in Promise`1+<>c__DisplayClass5_0 is Promise.Then.
    private static (string Member, bool InLambda) Describe(MethodBase? method)
    {
        if (method is null)
        {
            return ("an unknown method", false);
        }

        var name = method.Name;
        var type = method.DeclaringType;
        var inLambda = false;
        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end)
        {
            name = name[1..end];
            inLambda = true;
        }

        while (type is { Name: ['<', ..] } generated)
        {
            // A lambda's closure class (<>c, <>c__DisplayClass…), or a state machine (<Main>d__0) named after its method.
            if (generated.Name.StartsWith("<>", StringComparison.Ordinal))
            {
                inLambda = true;
            }
            else if (!inLambda && generated.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and var close)
            {
                name = generated.Name[1..close];
            }

            type = generated.DeclaringType;
        }

        var typeName = type is null ? "?" : type.Name.Split('`')[0];
        return (name == ".ctor" ? $"the {typeName} constructor" : $"{typeName}.{name}", inLambda);
    }
}
